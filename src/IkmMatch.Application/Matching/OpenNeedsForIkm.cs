using System.Linq.Expressions;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
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

    /// <summary>
    /// The same needs, prepared for the scorer: those of the IKM's divisions from <see cref="RecordCaches.OpenNeeds"/>
    /// (read and prepared once per division until a need or an industry changes), the few outside them that share a term
    /// read each time.
    /// </summary>
    public static async Task<List<PreparedOpenNeed>> PreparedOpenNeedsForAsync(
        this IApplicationDbContext db, RecordCaches caches, MatchScorer scorer, CandidateToMatch candidate, CancellationToken cancellationToken)
    {
        var (divisions, terms) = RetrievalKeys(candidate);
        var result = new List<PreparedOpenNeed>();
        var missing = new List<string>();
        foreach (var division in divisions)
        {
            if (caches.OpenNeeds.TryGet(division, out var cached))
            {
                result.AddRange(cached);
            }
            else
            {
                missing.Add(division);
            }
        }

        if (missing.Count > 0)
        {
            var generation = caches.OpenNeeds.Generation;
            var read = (await Open(db, n => missing.Contains(n.Kbli.Substring(0, 2))).ToListAsync(cancellationToken))
                .Select(n => Prepare(scorer, n))
                .ToLookup(n => n.Kbli[..2]);
            foreach (var division in missing)
            {
                var needs = read[division].ToList();
                caches.OpenNeeds.TrySet(division, needs, generation);
                result.AddRange(needs);
            }
        }

        var outside = await Open(db, n => !divisions.Contains(n.Kbli.Substring(0, 2)) && n.SearchTerms.Any(t => terms.Contains(t)))
            .ToListAsync(cancellationToken);
        result.AddRange(outside.Select(n => Prepare(scorer, n)));
        return result;
    }

    private static IQueryable<OpenNeed> Open(IApplicationDbContext db, Expression<Func<ProcurementNeed, bool>> retrieved) =>
        db.Needs.AsNoTracking()
            .Where(n => n.Status == NeedStatus.Open)
            .Where(retrieved)
            .Join(db.Industries.Where(i => i.Status == RecordStatus.Active), n => n.IndustryId, i => i.Id, (n, i) => new OpenNeed(n, i.Name, i.Kecamatan));

    private static PreparedOpenNeed Prepare(MatchScorer scorer, OpenNeed n) => new(
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
