using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.Application.Webhooks.DeleteWebhook;

/// <summary>Ends a subscription: nothing more is sent to it, and its delivery log goes with it.</summary>
public sealed record DeleteWebhookCommand(Guid Id) : ICommand<Unit>, IAuthorizedRequest
{
    public Operation Operation => Operation.DeleteWebhook;
}

public sealed class DeleteWebhookCommandHandler(IApplicationDbContext db, ICurrentActor actor) : ICommandHandler<DeleteWebhookCommand, Unit>
{
    public async ValueTask<Unit> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.DeleteWebhook);
        db.WebhookSubscriptions.Remove(await db.LoadWebhookAsync(command.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
