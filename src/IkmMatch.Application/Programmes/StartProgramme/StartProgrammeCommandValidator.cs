using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.StartProgramme;

public sealed class StartProgrammeCommandValidator : AbstractValidator<StartProgrammeCommand>
{
    public StartProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new ProgrammeStepRequestValidator());
    }
}
