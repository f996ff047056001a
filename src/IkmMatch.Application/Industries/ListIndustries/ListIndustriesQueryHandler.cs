using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.ListIndustries;

public sealed class ListIndustriesQueryHandler(IApplicationDbContext db, ICurrentActor actor)
    : IQueryHandler<ListIndustriesQuery, PagedList<IndustryResponse>>
{
    public async ValueTask<PagedList<IndustryResponse>> Handle(ListIndustriesQuery query, CancellationToken cancellationToken)
    {
        var industries = db.Industries.AsNoTracking().Where(i => i.Status == RecordStatus.Active);
        if (actor.Demand(Operation.ListIndustries) == Grant.Own)
        {
            var own = actor.IndustryId;
            industries = industries.Where(i => i.Id == own);
        }


        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim().ToLowerInvariant();
            industries = industries.Where(i => i.Name.ToLower().Contains(text) || i.Nib.Contains(text));
        }

        if (query.Kecamatan is { } kecamatan)
        {
            industries = industries.Where(i => i.Kecamatan == kecamatan);
        }

        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            var sector = query.Sector.Trim().ToLowerInvariant();
            industries = industries.Where(i => i.Sector.ToLower() == sector);
        }

        var total = await industries.CountAsync(cancellationToken);
        var items = await industries
            .OrderBy(i => i.Name.ToLower()).ThenBy(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectToResponse()
            .ToListAsync(cancellationToken);

        return new PagedList<IndustryResponse>(items, query.Page, query.PageSize, total);
    }
}
