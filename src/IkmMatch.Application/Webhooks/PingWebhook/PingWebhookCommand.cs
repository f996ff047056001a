using System.Text.Json;
using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Webhooks;
using Mediator;

namespace IkmMatch.Application.Webhooks.PingWebhook;

/// <summary>Queues a <c>webhook.ping</c> to the subscription (also when it is disabled: a ping that succeeds enables it again).</summary>
public sealed record PingWebhookCommand(Guid Id) : ICommand<WebhookDeliveryResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.PingWebhook;
}

public sealed class PingWebhookCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock) : ICommandHandler<PingWebhookCommand, WebhookDeliveryResponse>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<WebhookDeliveryResponse> Handle(PingWebhookCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.PingWebhook);
        var subscription = await db.LoadWebhookAsync(command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var messageId = Guid.CreateVersion7(now);
        var payload = JsonSerializer.Serialize(new { type = WebhookEventTypes.Ping, timestamp = now, data = new { subscription = subscription.Id } }, Json);
        var delivery = WebhookDelivery.Queue(subscription.Id, messageId, WebhookEventTypes.Ping, payload, now);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        return delivery.ToResponse();
    }
}
