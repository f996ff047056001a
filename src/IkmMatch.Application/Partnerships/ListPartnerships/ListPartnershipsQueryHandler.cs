using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Partnerships.ListPartnerships;

public sealed class ListPartnershipsQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<ListPartnershipsQuery, PagedList<PartnershipResponse>>
{
    public async ValueTask<PagedList<PartnershipResponse>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken)
    {
        var partnerships = db.Partnerships.AsNoTracking();
        if (query.Status is { } status)
        {
            partnerships = partnerships.Where(p => p.Status == status);
        }

        var (ikmFilter, industryFilter) = actor.Demand(Operation.ListPartnerships) == Grant.Own
            ? actor.OwnListScope(Operation.ListPartnerships, query.IkmId, query.IndustryId)
            : (query.IkmId, query.IndustryId);
        if (ikmFilter is { } ikmId)
        {
            partnerships = partnerships.Where(p => p.IkmId == ikmId);
        }

        if (industryFilter is { } industryId)
        {
            partnerships = partnerships.Where(p => p.IndustryId == industryId);
        }

        if (query.NeedId is { } needId)
        {
            partnerships = partnerships.Where(p => p.NeedId == needId);
        }

        if (query.Pattern is { } pattern)
        {
            partnerships = partnerships.Where(p => p.Pattern == pattern);
        }

        var total = await partnerships.CountAsync(cancellationToken);
        var page = await partnerships
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .WithHistory()
            .ToListAsync(cancellationToken);
        return new PagedList<PartnershipResponse>([.. page.Select(p => p.ToResponse())], query.Page, query.PageSize, total);
    }
}
