using System.Linq.Expressions;
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

    /// <summary>The open needs of active industries that <paramref name="retrieved"/> selects, with their industry's name and kecamatan.</summary>
    public static IQueryable<OpenNeed> Open(IApplicationDbContext db, Expression<Func<ProcurementNeed, bool>> retrieved) =>
        db.Needs.AsNoTracking()
            .Where(n => n.Status == NeedStatus.Open)
            .Where(retrieved)
            .Join(db.Industries.Where(i => i.Status == RecordStatus.Active), n => n.IndustryId, i => i.Id, (n, i) => new OpenNeed(n, i.Name, i.Kecamatan));

    /// <summary>An open need prepared for the scorer (explainable), with what an opportunity shows of it.</summary>
    public static PreparedOpenNeed Prepare(MatchScorer scorer, OpenNeed n) => new(
        scorer.Prepare(n.Need.ToMatch(n.IndustryKecamatan)), n.Need.Id, n.Need.Title, n.Need.Kbli, n.Need.IndustryId, n.IndustryName, n.Need.NeededBy);

    public static async Task<List<OpenNeed>> OpenNeedsForAsync(this IApplicationDbContext db, CandidateToMatch candidate, CancellationToken cancellationToken)
    {
        var (divisions, terms) = RetrievalKeys(candidate);
        return await Open(db, n => divisions.Contains(n.Kbli.Substring(0, 2)) || n.SearchTerms.Any(t => terms.Contains(t)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What an IKM's needs are retrieved by: the KBLI divisions of its capabilities, and their terms.</summary>
    public static (List<string> Divisions, string[] Terms) RetrievalKeys(CandidateToMatch candidate) =>
        (candidate.Capabilities.Select(c => c.Kbli[..2]).Distinct().ToList(), candidate.Capabilities.SelectMany(c => c.Terms).Distinct().ToArray());
}

/// <summary>An open need prepared for the scorer, with what an opportunity shows of it.</summary>
public sealed record PreparedOpenNeed(PreparedNeed Prepared, Guid Id, string Title, string Kbli, Guid IndustryId, string IndustryName, DateOnly NeededBy);
