using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.EnrolInProgramme;

public sealed class EnrolInProgrammeCommandValidator : AbstractValidator<EnrolInProgrammeCommand>
{
    public EnrolInProgrammeCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new EnrolmentRequestValidator());
    }
}
