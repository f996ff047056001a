using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Reports.GetProgrammesReport;

/// <summary>The impact of the development programmes, all together and one by one.</summary>
/// <param name="Year">Only programmes that started in this year.</param>
public sealed record GetProgrammesReportQuery(int? Year) : IQuery<ProgrammesReport>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetProgrammesReport;
}
