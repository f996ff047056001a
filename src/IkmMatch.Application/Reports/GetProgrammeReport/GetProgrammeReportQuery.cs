using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Reports.GetProgrammeReport;

/// <summary>The impact of one development programme.</summary>
public sealed record GetProgrammeReportQuery(Guid Id) : IQuery<ProgrammeImpact>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetProgrammeReport;
}
