using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Matching;
using Mediator;

namespace IkmMatch.Application.Reports.GetSummary;

/// <summary>
/// The programme's counts from SQL aggregates; the needs with an eligible IKM from the Domain scorer's evaluation, read
/// from the kept rankings of open needs and evaluated on the spot for the others.
/// </summary>
public sealed class GetSummaryReportQueryHandler(
    IReportQueries reports, IApplicationDbContext db, IMatchCandidateSearch search, MatchScorer scorer, IRankingStore rankings)
    : IQueryHandler<GetSummaryReportQuery, SummaryReport>
{
    public async ValueTask<SummaryReport> Handle(GetSummaryReportQuery query, CancellationToken cancellationToken)
    {
        var summary = await reports.SummaryAsync(cancellationToken);
        var needs = await NeedEvaluations.EvaluateAsync(db, search, scorer, rankings, db.Needs, kecamatan: null, withGaps: false, cancellationToken);
        return summary with { Funnel = summary.Funnel with { NeedsWithEligibleMatch = needs.Count(n => n.Eligible > 0) } };
    }
}
