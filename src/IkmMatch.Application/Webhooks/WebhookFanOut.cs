using System.Text.Json;
using IkmMatch.Application.Changes;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Webhooks;

/// <summary>
/// The outbox consumer that turns each event into one delivery per subscription that wants it, in the dispatcher's
/// transaction: a delivery is written exactly once with the checkpoint, so no event is lost or queued twice; sending
/// happens afterwards (<c>WebhookSender</c>).
/// </summary>
public sealed class WebhookFanOut(IApplicationDbContext db, TimeProvider clock) : IOutboxConsumer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "webhooks";

    public async ValueTask HandleAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var outboxEvent in events)
        {
            foreach (var subscription in subscriptions.Where(s => s.Wants(outboxEvent.Type) && outboxEvent.Position > s.StartPosition))
            {
                db.WebhookDeliveries.Add(WebhookDelivery.Queue(subscription.Id, outboxEvent.Id, outboxEvent.Type, Payload(outboxEvent), now));
            }
        }
    }

    /// <summary>The Standard Webhooks body: type, timestamp and the event as the changes feed shows it.</summary>
    public static string Payload(OutboxEvent outboxEvent)
    {
        using var data = JsonDocument.Parse(outboxEvent.Data);
        return JsonSerializer.Serialize(
            new
            {
                type = outboxEvent.Type,
                timestamp = outboxEvent.OccurredAt,
                data = new
                {
                    id = outboxEvent.Id,
                    subject = outboxEvent.Subject,
                    cursor = ChangeCursor.Encode(outboxEvent.Position),
                    tombstone = outboxEvent.Type.EndsWith(".archived", StringComparison.Ordinal),
                    details = data.RootElement,
                },
            },
            Json);
    }
}
