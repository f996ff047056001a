using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.CompleteProgramme;

public sealed class CompleteProgrammeCommandValidator : AbstractValidator<CompleteProgrammeCommand>
{
    public CompleteProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new ProgrammeStepRequestValidator());
    }
}
