using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.OpenProgramme;

public sealed class OpenProgrammeCommandValidator : AbstractValidator<OpenProgrammeCommand>
{
    public OpenProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new ProgrammeStepRequestValidator());
    }
}
