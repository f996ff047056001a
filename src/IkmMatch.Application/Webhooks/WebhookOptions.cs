namespace IkmMatch.Application.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Allow receivers on loopback and private networks (and plain http). Off in production: tests turn it on.</summary>
    public bool AllowPrivateTargets { get; init; }

    /// <summary>Whether this process sends deliveries.</summary>
    public bool DeliveryEnabled { get; init; } = true;

    /// <summary>How often an idle sender looks for due deliveries.</summary>
    public int PollMilliseconds { get; init; } = 1000;

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; init; } = 10;

    /// <summary>A subscription whose receiver has failed every delivery for this long is disabled.</summary>
    public int DisableAfterDays { get; init; } = 5;

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    public int PreviousSecretHours { get; init; } = 24;
}
