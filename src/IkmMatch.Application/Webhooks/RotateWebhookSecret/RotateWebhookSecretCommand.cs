using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Webhooks.RotateWebhookSecret;

/// <summary>A new signing secret, shown once; deliveries carry signatures with both it and the previous one for a while.</summary>
public sealed record RotateWebhookSecretCommand(Guid Id) : ICommand<WebhookSecretResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.RotateWebhookSecret;
}

public sealed class RotateWebhookSecretCommandHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock, IOptions<WebhookOptions> options)
    : ICommandHandler<RotateWebhookSecretCommand, WebhookSecretResponse>
{
    public async ValueTask<WebhookSecretResponse> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.RotateWebhookSecret);
        var subscription = await db.LoadWebhookAsync(command.Id, cancellationToken);
        subscription.Rotate(WebhookSecrets.New(), TimeSpan.FromHours(options.Value.PreviousSecretHours), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretResponse(subscription.ToResponse(), subscription.Secret, subscription.PreviousSecretExpiresAt);
    }
}
