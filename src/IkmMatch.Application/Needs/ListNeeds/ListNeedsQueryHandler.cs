using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Needs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Needs.ListNeeds;

public sealed class ListNeedsQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<ListNeedsQuery, PagedList<NeedResponse>>
{
    public async ValueTask<PagedList<NeedResponse>> Handle(ListNeedsQuery query, CancellationToken cancellationToken)
    {
        var needs = db.Needs.AsNoTracking();
        var industryFilter = query.IndustryId;
        var statusFilter = query.Status;
        switch (actor.Demand(Operation.ListNeeds))
        {
            case Grant.Own:
                industryFilter = actor.OwnListScope(Operation.ListNeeds, null, query.IndustryId).IndustryId;
                break;
            case Grant.Open when statusFilter is null or NeedStatus.Open:
                statusFilter = NeedStatus.Open;
                break;
            case Grant.Open:
                throw new ForbiddenException(new Text("problem.ikmSeesOpenNeedsStatus"));
        }

        if (industryFilter is { } industryId)
        {
            needs = needs.Where(n => n.IndustryId == industryId);
        }

        if (statusFilter is { } status)
        {
            needs = needs.Where(n => n.Status == status);
        }

        if (!string.IsNullOrEmpty(query.Kbli))
        {
            var prefix = query.Kbli;
            needs = needs.Where(n => n.Kbli.StartsWith(prefix));
        }

        var total = await needs.CountAsync(cancellationToken);
        var items = await needs
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<NeedResponse>([.. items.Select(n => n.ToResponse())], query.Page, query.PageSize, total);
    }
}
