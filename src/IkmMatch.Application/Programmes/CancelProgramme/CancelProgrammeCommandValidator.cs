using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.CancelProgramme;

public sealed class CancelProgrammeCommandValidator : AbstractValidator<CancelProgrammeCommand>
{
    public CancelProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new CancelProgrammeRequestValidator());
    }
}
