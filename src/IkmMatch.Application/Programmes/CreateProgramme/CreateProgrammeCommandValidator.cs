using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.CreateProgramme;

public sealed class CreateProgrammeCommandValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new ProgrammeRequestValidator());
    }
}
