using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Needs.ListNeeds;

public sealed class ListNeedsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListNeedsQuery, PagedList<NeedResponse>>
{
    public async ValueTask<PagedList<NeedResponse>> Handle(ListNeedsQuery query, CancellationToken cancellationToken)
    {
        var needs = db.Needs.AsNoTracking();
        if (query.IndustryId is { } industryId)
        {
            needs = needs.Where(n => n.IndustryId == industryId);
        }

        if (query.Status is { } status)
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
