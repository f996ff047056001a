using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using Mediator;

namespace IkmMatch.Application.Webhooks.GetWebhook;

public sealed record GetWebhookQuery(Guid Id) : IQuery<WebhookResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetWebhook;
}

public sealed class GetWebhookQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetWebhookQuery, WebhookResponse>
{
    public async ValueTask<WebhookResponse> Handle(GetWebhookQuery query, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.GetWebhook);
        return (await db.LoadWebhookAsync(query.Id, cancellationToken)).ToResponse();
    }
}
