using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Webhooks.RedeliverWebhook;

/// <summary>Sends a delivery again, with the same <c>webhook-id</c>, from a fresh retry schedule.</summary>
public sealed record RedeliverWebhookCommand(Guid Id, Guid DeliveryId) : ICommand<WebhookDeliveryResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.RedeliverWebhook;
}

public sealed class RedeliverWebhookCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<RedeliverWebhookCommand, WebhookDeliveryResponse>
{
    public async ValueTask<WebhookDeliveryResponse> Handle(RedeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.RedeliverWebhook);
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == command.DeliveryId && d.SubscriptionId == command.Id, cancellationToken)
            ?? throw new NotFoundException("WebhookDelivery", command.DeliveryId);
        delivery.Redeliver(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return delivery.ToResponse();
    }
}
