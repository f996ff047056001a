using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching;

/// <summary>
/// The open needs of active industries one IKM may be a candidate for: those of the KBLI divisions of its capabilities
/// and those whose title or keywords share a term with its capabilities (the term index). It only retrieves; the
/// Domain scorer decides which the IKM is a candidate for and whether it is eligible.
/// </summary>
internal static class OpenNeedsForIkm
{
    public sealed record OpenNeed(ProcurementNeed Need, string IndustryName, Kecamatan IndustryKecamatan);

    public static async Task<List<OpenNeed>> OpenNeedsForAsync(this IApplicationDbContext db, CandidateToMatch candidate, CancellationToken cancellationToken)
    {
        var divisions = candidate.Capabilities.Select(c => c.Kbli[..2]).Distinct().ToList();
        var terms = candidate.Capabilities.SelectMany(c => c.Terms).Distinct().ToArray();
        return await db.Needs.AsNoTracking()
            .Where(n => n.Status == NeedStatus.Open
                && (divisions.Contains(n.Kbli.Substring(0, 2)) || n.SearchTerms.Any(t => terms.Contains(t))))
            .Join(
                db.Industries.Where(i => i.Status == RecordStatus.Active),
                n => n.IndustryId,
                i => i.Id,
                (n, i) => new OpenNeed(n, i.Name, i.Kecamatan))
            .ToListAsync(cancellationToken);
    }
}
