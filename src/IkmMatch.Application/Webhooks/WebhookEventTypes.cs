using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Webhooks;

/// <summary>What a subscription may ask for: every outbox event type, and the test ping.</summary>
public static class WebhookEventTypes
{
    public const string Ping = "webhook.ping";

    public static IReadOnlyList<string> All { get; } = [.. EventTypes.All];
}
