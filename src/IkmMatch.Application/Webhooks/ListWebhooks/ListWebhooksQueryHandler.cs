using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Webhooks.ListWebhooks;

public sealed class ListWebhooksQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<ListWebhooksQuery, PagedList<WebhookResponse>>
{
    public async ValueTask<PagedList<WebhookResponse>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.ListWebhooks);
        var total = await db.WebhookSubscriptions.CountAsync(cancellationToken);
        var page = await db.WebhookSubscriptions.AsNoTracking()
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<WebhookResponse>([.. page.Select(s => s.ToResponse())], query.Page, query.PageSize, total);
    }
}
