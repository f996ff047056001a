using Mediator;

namespace IkmMatch.Application.Reports.GetCapabilityGaps;

public sealed class GetCapabilityGapsReportQueryHandler(IReportQueries reports) : IQueryHandler<GetCapabilityGapsReportQuery, CapabilityGapsReport>
{
    public async ValueTask<CapabilityGapsReport> Handle(GetCapabilityGapsReportQuery query, CancellationToken cancellationToken) =>
        await reports.CapabilityGapsAsync(query.Kbli, query.Kecamatan, cancellationToken);
}
