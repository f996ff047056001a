using IkmMatch.Application.Access;
using IkmMatch.Domain.Registry;
using Mediator;

namespace IkmMatch.Application.Reports.GetCapabilityGaps;

/// <summary>What keeps IKM from open needs.</summary>
/// <param name="Kbli">Only needs of this KBLI division (2 digits).</param>
/// <param name="Kecamatan">Only IKM of this kecamatan.</param>
public sealed record GetCapabilityGapsReportQuery(string? Kbli, Kecamatan? Kecamatan) : IQuery<CapabilityGapsReport>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetCapabilityGapsReport;
}
