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

    /// <summary>
    /// As <see cref="WithDetails"/>, in one statement (one round trip): the few capabilities and certificates of an IKM
    /// are joined to it rather than read by two more statements. For reads of one IKM or one page of them.
    /// </summary>
    public static IQueryable<Ikm> WithDetailsInOneStatement(this IQueryable<Ikm> ikms) => ikms
        .Include(i => i.Capabilities.OrderBy(c => c.Ordinal))
        .Include(i => i.Certifications.OrderBy(c => c.Ordinal))
        .AsSingleQuery();
}
