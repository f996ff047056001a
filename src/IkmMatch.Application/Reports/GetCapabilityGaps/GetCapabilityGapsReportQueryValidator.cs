using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Reports.GetCapabilityGaps;

public sealed partial class GetCapabilityGapsReportQueryValidator : AbstractValidator<GetCapabilityGapsReportQuery>
{
    public GetCapabilityGapsReportQueryValidator()
    {
        RuleFor(x => x.Kbli).Matches(Division()).Say("validation.kbliDivision");
        RuleFor(x => x.Kecamatan).DefinedEnum();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex Division();
}
