using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Reports;

/// <summary>
/// The programme's figures, computed in PostgreSQL (aggregates, never the registry loaded into the process). The
/// eligibility they count is the same as the scorer's: required certificates valid on neededBy, TKDN at least the
/// minimum, and, without partial supply, a capability of the need's division in its unit that covers the volume.
/// </summary>
public interface IReportQueries
{
    Task<SummaryReport> SummaryAsync(CancellationToken cancellationToken);

    Task<CapabilityGapsReport> CapabilityGapsAsync(string? kbliDivision, Kecamatan? kecamatan, CancellationToken cancellationToken);
}
