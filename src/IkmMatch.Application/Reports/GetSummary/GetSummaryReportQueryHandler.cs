using Mediator;

namespace IkmMatch.Application.Reports.GetSummary;

public sealed class GetSummaryReportQueryHandler(IReportQueries reports) : IQueryHandler<GetSummaryReportQuery, SummaryReport>
{
    public async ValueTask<SummaryReport> Handle(GetSummaryReportQuery query, CancellationToken cancellationToken) =>
        await reports.SummaryAsync(cancellationToken);
}
