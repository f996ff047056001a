namespace IkmMatch.Domain.Webhooks;

public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt (<see cref="WebhookDelivery.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt of the schedule failed, or the subscription was disabled: no more attempts unless redelivered.</summary>
    Failed,
}

/// <summary>
/// One event to post to one subscription, with its attempts: written in the transaction that read the event from the
/// outbox, so none is lost; sent afterwards, at least once, with retries on a schedule of about three days.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>Waits after the first, second, … failed attempt (before jitter): about three days in all.</summary>
    public static readonly IReadOnlyList<TimeSpan> Schedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(14), TimeSpan.FromHours(20), TimeSpan.FromHours(24),
    ];

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The <c>webhook-id</c>: the event's id, the same on every attempt, so the receiver can drop repeats.</summary>
    public Guid MessageId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    /// <summary>The body posted, as JSON: <c>{ "type", "timestamp", "data" }</c>.</summary>
    public string Payload { get; private set; } = "{}";

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>The receiver's status code of the last attempt; null when it did not answer.</summary>
    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static WebhookDelivery Queue(Guid subscriptionId, Guid messageId, string eventType, string payload, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubscriptionId = subscriptionId,
        MessageId = messageId,
        EventType = eventType,
        Payload = payload,
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    public void Delivered(int statusCode, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        Status = DeliveryStatus.Succeeded;
    }

    /// <summary>
    /// A failed attempt: the next one follows the schedule with ±20 % jitter (<paramref name="jitter"/> in [0, 1)), and
    /// not before the receiver's <c>Retry-After</c>; after the last step of the schedule the delivery has failed.
    /// </summary>
    public void AttemptFailed(int? statusCode, string error, TimeSpan? retryAfter, double jitter, DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts > Schedule.Count)
        {
            Status = DeliveryStatus.Failed;
            return;
        }

        var wait = Schedule[Attempts - 1] * (0.8 + (0.4 * jitter));
        if (retryAfter is { } asked && asked > wait)
        {
            wait = asked < TimeSpan.FromHours(24) ? asked : TimeSpan.FromHours(24);
        }

        NextAttemptAt = now + wait;
    }

    /// <summary>The subscription is disabled or gone: no more attempts.</summary>
    public void GiveUp(string reason)
    {
        Status = DeliveryStatus.Failed;
        LastError = reason;
    }

    /// <summary>Sends the same message (same <c>webhook-id</c>) again, from a fresh schedule.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
