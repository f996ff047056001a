using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Reports.GetCapabilityGaps;

public sealed partial class GetCapabilityGapsReportQueryValidator : AbstractValidator<GetCapabilityGapsReportQuery>
{
    public GetCapabilityGapsReportQueryValidator()
    {
        RuleFor(x => x.Kbli).Matches(Division()).WithMessage("kbli must be a KBLI division: exactly 2 digits.");
        RuleFor(x => x.Kecamatan).DefinedEnum();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex Division();
}
