using IkmMatch.Application.Access;
using IkmMatch.Application.Changes;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Webhooks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookCommandHandler(IApplicationDbContext db, ICurrentActor actor, IWebhookTargets targets, TimeProvider clock)
    : ICommandHandler<CreateWebhookCommand, WebhookSecretResponse>
{
    public async ValueTask<WebhookSecretResponse> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.CreateWebhook);
        if (await targets.RefusalAsync(command.Body.Url, cancellationToken) is { } refusal)
        {
            throw new ValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["url"] = [refusal.Say()] });
        }

        _ = EventTypeFilter.TryParse(string.Join(',', command.Body.EventTypes), out var types);
        var head = await db.OutboxEvents.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
        var subscription = WebhookSubscription.Subscribe(command.Body.Url, types!, WebhookSecrets.New(), head, actor.Name, clock.GetUtcNow());
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretResponse(subscription.ToResponse(), subscription.Secret, null);
    }
}
