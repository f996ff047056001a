using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Programmes.GetIkmUnlocks;

public sealed class GetIkmUnlocksQueryValidator : AbstractValidator<GetIkmUnlocksQuery>
{
    public GetIkmUnlocksQueryValidator()
    {
        RuleFor(x => x.Certification).NotNull().Say("validation.certificationRequired").DefinedEnum();
    }
}
