using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms;

internal static class IkmQueries
{
    /// <summary>Loads capabilities and certificates in the order the IKM gave them.</summary>
    public static IQueryable<Ikm> WithDetails(this IQueryable<Ikm> ikms) => ikms
        .Include(i => i.Capabilities.OrderBy(c => c.Ordinal))
        .Include(i => i.Certifications.OrderBy(c => c.Ordinal))
        .AsSplitQuery();
}
