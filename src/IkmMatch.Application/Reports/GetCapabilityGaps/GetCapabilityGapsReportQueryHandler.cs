using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using Mediator;

namespace IkmMatch.Application.Reports.GetCapabilityGaps;

/// <summary>
/// What keeps IKM from open needs (of active industries), from the Domain scorer's evaluation of every open need's
/// candidates — read from the kept rankings where there are — : each ineligible candidate's unmet requirements, grouped
/// by gap, and the needs no candidate is eligible for.
/// </summary>
public sealed class GetCapabilityGapsReportQueryHandler(IApplicationDbContext db, IMatchCandidateSearch search, MatchScorer scorer, IRankingStore rankings)
    : IQueryHandler<GetCapabilityGapsReportQuery, CapabilityGapsReport>
{
    public async ValueTask<CapabilityGapsReport> Handle(GetCapabilityGapsReportQuery query, CancellationToken cancellationToken)
    {
        var open = db.Needs.Where(n => n.Status == NeedStatus.Open);
        if (query.Kbli is { } division)
        {
            open = open.Where(n => n.Kbli.StartsWith(division));
        }

        var needs = await NeedEvaluations.EvaluateAsync(db, search, scorer, rankings, open, query.Kecamatan, withGaps: true, cancellationToken);
        var gaps = needs
            .SelectMany(n => n.Blocked.SelectMany(b => b.Codes.Select(code => (Code: code, b.IkmId, Need: n.Need))))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .Select(g => Gap(
                g.Key,
                g.Select(x => x.IkmId).Distinct().Count(),
                g.Select(x => x.Need.Id).Distinct().Count(),
                g.Select(x => x.Need).DistinctBy(n => n.Id).Sum(n => n.Budget ?? 0)))
            .OrderByDescending(g => g.IkmBlocked).ThenBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
        var unserved = needs
            .Where(n => n.Eligible == 0)
            .Select(n => new UnservedNeed(n.Need.Id, n.Need.Title, n.Need.Kbli, n.Need.IndustryId, n.IndustryName, n.Need.Budget, n.Need.NeededBy, n.Candidates))
            .ToList();
        return new CapabilityGapsReport(query.Kbli, query.Kecamatan?.ToString(), gaps, unserved);
    }

    /// <summary>A gap with its label and a sentence of its figures, said in the reader's language (money as Rp 24.000.000).</summary>
    private static CapabilityGap Gap(string code, int ikmBlocked, int needs, long budget) => new(
        code,
        ikmBlocked,
        needs,
        budget,
        code.StartsWith("certification:", StringComparison.Ordinal)
            ? new Text("report.gap.certification", code["certification:".Length..])
            : new Text("report.gap." + code),
        new Text("report.gap.summary", ikmBlocked, needs, new Rupiah(budget)));
}
