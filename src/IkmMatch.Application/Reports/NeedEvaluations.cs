using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Reports;

/// <summary>
/// Eligibility across needs for the reports, from the same evaluation as matching: each need's candidates come from
/// <see cref="IMatchCandidateSearch"/> and the Domain scorer decides which are candidates, which are eligible and what
/// each lacks. No rule is written twice.
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

        var evaluated = new List<EvaluatedNeed>(rows.Count);
        foreach (var row in rows)
        {
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

    /// <summary>The gap an unmet requirement belongs to: the certificate, TKDN, or capacity (too little, or none in the need's unit).</summary>
    private static string GapCode(string unmet) => unmet switch
    {
        _ when unmet.StartsWith("certification:", StringComparison.Ordinal) => unmet,
        _ when unmet.StartsWith("tkdn", StringComparison.Ordinal) => "tkdn",
        _ => "capacity",
    };
}
