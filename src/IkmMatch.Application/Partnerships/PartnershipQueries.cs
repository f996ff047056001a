using IkmMatch.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Partnerships;

internal static class PartnershipQueries
{
    public static IQueryable<Partnership> WithHistory(this IQueryable<Partnership> partnerships) =>
        partnerships.Include(p => p.History.OrderBy(e => e.Sequence)).AsSplitQuery();
}
