using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Reports.GetProgrammesReport;

public sealed class GetProgrammesReportQueryValidator : AbstractValidator<GetProgrammesReportQuery>
{
    public GetProgrammesReportQueryValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).Say("validation.yearRange");
    }
}
