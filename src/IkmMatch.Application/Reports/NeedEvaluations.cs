using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Reports;

/// <summary>
/// Eligibility across needs for the reports, from the same evaluation as matching. A need with a kept ranking (when the
/// keeper has handled every change so far) is read from it: its counts, and each ineligible candidate's unmet codes as
/// the Domain scorer gave them. The others are evaluated here: their candidates come from <see cref="IMatchCandidateSearch"/>
/// and the scorer decides which are candidates, which are eligible and what each lacks. No rule is written twice.
/// </summary>
internal static class NeedEvaluations
{
    /// <summary>One need with its industry, as the reports list it.</summary>
    public sealed record EvaluatedNeed(ProcurementNeed Need, string IndustryName, int Candidates, int Eligible, IReadOnlyList<(Guid IkmId, IReadOnlyList<string> Codes)> Blocked);

    /// <summary>
    /// Evaluates every need of <paramref name="needs"/> whose industry is active, against its candidates (only those of
    /// <paramref name="kecamatan"/> when given). <paramref name="withGaps"/>: also collect what each ineligible candidate lacks.
    /// </summary>
    public static async Task<List<EvaluatedNeed>> EvaluateAsync(
        IApplicationDbContext db,
        IMatchCandidateSearch search,
        MatchScorer scorer,
        IRankingStore rankings,
        IQueryable<ProcurementNeed> needs,
        Kecamatan? kecamatan,
        bool withGaps,
        CancellationToken cancellationToken)
    {
        var rows = await needs.AsNoTracking()
            .Join(
                db.Industries.Where(i => i.Status == RecordStatus.Active),
                n => n.IndustryId,
                i => i.Id,
                (n, i) => new { Need = n, IndustryName = i.Name, i.Kecamatan })
            .OrderBy(x => x.Need.NeededBy).ThenBy(x => x.Need.Id)
            .ToListAsync(cancellationToken);

        var kept = await KeptAsync(db, scorer, rankings, [.. rows.Select(r => r.Need.Id)], kecamatan, withGaps, cancellationToken);
        var evaluated = new List<EvaluatedNeed>(rows.Count);
        foreach (var row in rows)
        {
            if (kept.TryGetValue(row.Need.Id, out var ranking))
            {
                evaluated.Add(new EvaluatedNeed(row.Need, row.IndustryName, ranking.Candidates, ranking.Eligible, ranking.Blocked));
                continue;
            }

            var prepared = scorer.Prepare(row.Need.ToMatch(row.Kecamatan));
            int candidates = 0, eligible = 0;
            var blocked = new List<(Guid, IReadOnlyList<string>)>();
            await foreach (var found in search.FindAsync(CandidateSearch.For(prepared), cancellationToken))
            {
                if (kecamatan is { } only && found.Match.Kecamatan != only)
                {
                    continue;
                }

                var value = scorer.Evaluate(prepared, found.Match);
                if (!value.Candidate)
                {
                    continue;
                }

                candidates++;
                if (value.Eligible)
                {
                    eligible++;
                }
                else if (withGaps)
                {
                    var codes = scorer.Score(prepared, found.Match).Unmet.Select(u => GapCode(u.Code)).Distinct().ToList();
                    blocked.Add((found.IkmId, codes));
                }
            }

            evaluated.Add(new EvaluatedNeed(row.Need, row.IndustryName, candidates, eligible, blocked));
        }

        return evaluated;
    }

    /// <summary>
    /// The kept rankings among <paramref name="needIds"/>, when the keeper has handled every change so far: their counts
    /// (of the candidates in <paramref name="kecamatan"/> when given) and, with <paramref name="withGaps"/>, what each
    /// ineligible candidate lacks.
    /// </summary>
    private static async Task<Dictionary<Guid, (int Candidates, int Eligible, List<(Guid, IReadOnlyList<string>)> Blocked)>> KeptAsync(
        IApplicationDbContext db,
        MatchScorer scorer,
        IRankingStore rankings,
        List<Guid> needIds,
        Kecamatan? kecamatan,
        bool withGaps,
        CancellationToken cancellationToken)
    {
        var kept = new Dictionary<Guid, (int Candidates, int Eligible, List<(Guid, IReadOnlyList<string>)> Blocked)>();
        if (needIds.Count == 0 || !(await rankings.FreshnessAsync(cancellationToken)).CaughtUp)
        {
            return kept;
        }

        var model = RankingModel.Of(scorer);
        var heads = await db.NeedRankings.AsNoTracking()
            .Where(r => r.Model == model && needIds.Contains(r.NeedId))
            .Select(r => new { r.NeedId, r.Total, r.Eligible })
            .ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return kept;
        }

        var ids = heads.Select(h => h.NeedId).ToList();
        if (kecamatan is null)
        {
            foreach (var head in heads)
            {
                kept[head.NeedId] = (head.Total, head.Eligible, []);
            }
        }
        else
        {
            foreach (var id in ids)
            {
                kept[id] = (0, 0, []);
            }
        }

        if (kecamatan is null && !withGaps)
        {
            return kept;
        }

        var entries = db.NeedRankingEntries.AsNoTracking().Where(e => ids.Contains(e.NeedId));
        if (kecamatan is { } only)
        {
            entries = entries.Where(e => db.Ikms.Any(i => i.Id == e.IkmId && i.Kecamatan == only));
        }
        else
        {
            entries = entries.Where(e => !e.Eligible);
        }

        var rows = await entries.Select(e => new { e.NeedId, e.IkmId, e.Eligible, e.Unmet }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var (candidates, eligible, blocked) = kept[row.NeedId];
            if (kecamatan is not null)
            {
                candidates++;
                eligible += row.Eligible ? 1 : 0;
            }

            if (withGaps && !row.Eligible)
            {
                blocked.Add((row.IkmId, row.Unmet.Select(GapCode).Distinct().ToList()));
            }

            kept[row.NeedId] = (candidates, eligible, blocked);
        }

        return kept;
    }

    /// <summary>The gap an unmet requirement belongs to: the certificate, TKDN, or capacity (too little, or none in the need's unit).</summary>
    private static string GapCode(string unmet) => unmet switch
    {
        _ when unmet.StartsWith("certification:", StringComparison.Ordinal) => unmet,
        _ when unmet.StartsWith("tkdn", StringComparison.Ordinal) => "tkdn",
        _ => "capacity",
    };
}
