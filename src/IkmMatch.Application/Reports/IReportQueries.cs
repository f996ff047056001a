namespace IkmMatch.Application.Reports;

/// <summary>
/// The programme's counts, computed in PostgreSQL (aggregates, never the registry loaded into the process). Eligibility
/// is not counted here: <see cref="Funnel.NeedsWithEligibleMatch"/> comes back 0 and is filled from the Domain scorer's
/// evaluation (<see cref="NeedEvaluations"/>), as the capability gaps are.
/// </summary>
public interface IReportQueries
{
    Task<SummaryReport> SummaryAsync(CancellationToken cancellationToken);
}
