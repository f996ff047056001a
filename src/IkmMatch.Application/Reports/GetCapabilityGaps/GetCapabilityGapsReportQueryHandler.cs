using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using Mediator;

namespace IkmMatch.Application.Reports.GetCapabilityGaps;

/// <summary>
/// What keeps IKM from open needs (of active industries), from the Domain scorer's evaluation of every open need's
/// candidates: each ineligible candidate's unmet requirements, grouped by gap, and the needs no candidate is eligible for.
/// </summary>
public sealed class GetCapabilityGapsReportQueryHandler(IApplicationDbContext db, IMatchCandidateSearch search, MatchScorer scorer)
    : IQueryHandler<GetCapabilityGapsReportQuery, CapabilityGapsReport>
{
    public async ValueTask<CapabilityGapsReport> Handle(GetCapabilityGapsReportQuery query, CancellationToken cancellationToken)
    {
        var open = db.Needs.Where(n => n.Status == NeedStatus.Open);
        if (query.Kbli is { } division)
        {
            open = open.Where(n => n.Kbli.StartsWith(division));
        }

        var needs = await NeedEvaluations.EvaluateAsync(db, search, scorer, open, query.Kecamatan, withGaps: true, cancellationToken);
        var gaps = needs
            .SelectMany(n => n.Blocked.SelectMany(b => b.Codes.Select(code => (Code: code, b.IkmId, Need: n.Need))))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .Select(g => new CapabilityGap(
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
}
