using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Alerts.ListIkmAlerts;

public sealed class ListIkmAlertsQueryHandler(IApplicationDbContext db, ICurrentActor actor)
    : IQueryHandler<ListIkmAlertsQuery, PagedList<AlertResponse>>
{
    public async ValueTask<PagedList<AlertResponse>> Handle(ListIkmAlertsQuery query, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.ListIkmAlerts, ikmId: query.IkmId);
        if (!await db.IkmExistsAsync(query.IkmId, cancellationToken))
        {
            throw new NotFoundException("IKM", query.IkmId);
        }

        var alerts = db.TenderAlerts.AsNoTracking().Where(a => a.IkmId == query.IkmId);
        if (query.Unread is { } unread)
        {
            alerts = unread ? alerts.Where(a => a.ReadAt == null) : alerts.Where(a => a.ReadAt != null);
        }

        var total = await alerts.CountAsync(cancellationToken);
        var page = await db.Responses(alerts.Newest().Skip((query.Page - 1) * query.PageSize).Take(query.PageSize))
            .ToListAsync(cancellationToken);

        // The joins keep no order: the page is put back newest first (as uuid v7 ids order within one instant).
        var newest = page.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id.ToString(), StringComparer.Ordinal).ToList();
        return new PagedList<AlertResponse>(newest, query.Page, query.PageSize, total);
    }
}
