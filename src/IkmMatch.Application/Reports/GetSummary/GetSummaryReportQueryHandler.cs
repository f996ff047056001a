using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using Mediator;

namespace IkmMatch.Application.Reports.GetSummary;

/// <summary>The programme's counts from SQL aggregates; the needs with an eligible IKM from the Domain scorer's evaluation.</summary>
public sealed class GetSummaryReportQueryHandler(IReportQueries reports, IApplicationDbContext db, IMatchCandidateSearch search, MatchScorer scorer)
    : IQueryHandler<GetSummaryReportQuery, SummaryReport>
{
    public async ValueTask<SummaryReport> Handle(GetSummaryReportQuery query, CancellationToken cancellationToken)
    {
        var summary = await reports.SummaryAsync(cancellationToken);
        var needs = await NeedEvaluations.EvaluateAsync(db, search, scorer, db.Needs, kecamatan: null, withGaps: false, cancellationToken);
        return summary with { Funnel = summary.Funnel with { NeedsWithEligibleMatch = needs.Count(n => n.Eligible > 0) } };
    }
}
