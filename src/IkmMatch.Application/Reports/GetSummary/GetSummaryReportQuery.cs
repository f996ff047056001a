using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Reports.GetSummary;

/// <summary>Where the programme stands: registry, needs, partnerships, contract value, jobs, ratings and the funnel.</summary>
public sealed record GetSummaryReportQuery : IQuery<SummaryReport>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetSummaryReport;
}
