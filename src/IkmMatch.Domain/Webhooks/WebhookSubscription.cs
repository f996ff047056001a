namespace IkmMatch.Domain.Webhooks;

/// <summary>
/// An outside system's request to be told of changes: IkmMatch posts each event of <see cref="EventTypes"/> to
/// <see cref="Url"/>, signed with <see cref="Secret"/> as the Standard Webhooks specification says. After a rotation the
/// previous secret signs too until <see cref="PreviousSecretExpiresAt"/>, so the receiver can switch without a gap.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription()
    {
    }

    public Guid Id { get; private set; }

    public string Url { get; private set; } = string.Empty;

    /// <summary>The event types delivered (<c>ikm.created</c>, …); the subscription gets no others.</summary>
    public string[] EventTypes { get; private set; } = [];

    /// <summary><c>whsec_</c> and the base64 of 32 random bytes: the HMAC-SHA256 key. Kept to sign; shown only when made.</summary>
    public string Secret { get; private set; } = string.Empty;

    public string? PreviousSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>Why deliveries stopped: the receiver answered 410 Gone, or it failed for days.</summary>
    public string? DisabledReason { get; private set; }

    /// <summary>When the receiver began failing without a success since; null while it answers.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    /// <summary>The outbox position when the subscription was made: it is told of later events only.</summary>
    public long StartPosition { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public static WebhookSubscription Subscribe(string url, IEnumerable<string> eventTypes, string secret, long startPosition, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Url = url,
        EventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Secret = secret,
        Enabled = true,
        StartPosition = startPosition,
        CreatedAt = now,
        CreatedBy = createdBy,
    };

    public bool Wants(string eventType) => Enabled && EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>The secrets that sign a delivery now: the current one, and the previous one while it is still valid.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];

    /// <summary>A new secret signs from now on; the old one signs beside it for <paramref name="overlap"/>.</summary>
    public void Rotate(string secret, TimeSpan overlap, DateTimeOffset now)
    {
        PreviousSecret = Secret;
        PreviousSecretExpiresAt = now + overlap;
        Secret = secret;
    }

    public void Succeeded()
    {
        FailingSince = null;
    }

    /// <summary>A failed attempt: a 410 disables at once; failures with no success for <paramref name="disableAfter"/> disable too.</summary>
    public void Failed(bool gone, TimeSpan disableAfter, DateTimeOffset now)
    {
        FailingSince ??= now;
        if (gone)
        {
            Disable("The receiver answered 410 Gone.");
        }
        else if (now - FailingSince >= disableAfter)
        {
            Disable($"The receiver has failed every delivery since {FailingSince:O}.");
        }
    }

    /// <summary>Deliveries start again (after the receiver was fixed); the failure clock restarts.</summary>
    public void Enable()
    {
        Enabled = true;
        DisabledReason = null;
        FailingSince = null;
    }

    private void Disable(string reason)
    {
        Enabled = false;
        DisabledReason = reason;
    }
}
