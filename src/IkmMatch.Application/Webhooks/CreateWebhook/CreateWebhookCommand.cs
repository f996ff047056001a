using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Webhooks.CreateWebhook;

/// <summary>Subscribes a URL to event types; the answer carries the signing secret, shown this once.</summary>
public sealed record CreateWebhookCommand(WebhookRequest Body) : ICommand<WebhookSecretResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.CreateWebhook;
}
