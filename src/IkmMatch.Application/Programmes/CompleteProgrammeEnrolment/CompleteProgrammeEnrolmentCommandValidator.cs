using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.CompleteProgrammeEnrolment;

public sealed class CompleteProgrammeEnrolmentCommandValidator : AbstractValidator<CompleteProgrammeEnrolmentCommand>
{
    public CompleteProgrammeEnrolmentCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new EnrolmentOutcomeRequestValidator());
    }
}
