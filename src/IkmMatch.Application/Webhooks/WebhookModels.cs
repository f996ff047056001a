using IkmMatch.Domain.Webhooks;

namespace IkmMatch.Application.Webhooks;

/// <summary>The body of <c>POST /api/v1/webhooks</c>.</summary>
public sealed record WebhookRequest
{
    /// <summary>Where to post: an absolute https URL on the internet (not loopback or a private network).</summary>
    public required string Url { get; init; }

    /// <summary>The event types to receive (<c>ikm.created</c>, …; <c>ikm.*</c> for every type of a record).</summary>
    public required IReadOnlyList<string> EventTypes { get; init; }
}

/// <summary>A subscription as the API shows it: never its secret.</summary>
public sealed record WebhookResponse(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? FailingSince,
    DateTimeOffset CreatedAt,
    string CreatedBy);

/// <summary>A subscription with its signing secret: the only answer that carries it (create and rotate).</summary>
public sealed record WebhookSecretResponse(WebhookResponse Webhook, string Secret, DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>One delivery of the log: the message, its status and its last attempt.</summary>
public sealed record WebhookDeliveryResponse(
    Guid Id,
    Guid MessageId,
    string EventType,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt);

public static class WebhookMapping
{
    public static WebhookResponse ToResponse(this WebhookSubscription s) =>
        new(s.Id, s.Url, s.EventTypes, s.Enabled, s.DisabledReason, s.FailingSince, s.CreatedAt, s.CreatedBy);

    public static WebhookDeliveryResponse ToResponse(this WebhookDelivery d) => new(
        d.Id, d.MessageId, d.EventType, d.Status, d.Attempts, d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null,
        d.LastAttemptAt, d.LastStatusCode, d.LastError, d.CreatedAt);
}
