using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.UpdateProgramme;

public sealed class UpdateProgrammeCommandValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new ProgrammeRequestValidator());
    }
}
