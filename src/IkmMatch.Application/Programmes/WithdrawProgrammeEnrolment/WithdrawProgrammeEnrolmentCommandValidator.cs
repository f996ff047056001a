using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.WithdrawProgrammeEnrolment;

public sealed class WithdrawProgrammeEnrolmentCommandValidator : AbstractValidator<WithdrawProgrammeEnrolmentCommand>
{
    public WithdrawProgrammeEnrolmentCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new WithdrawEnrolmentRequestValidator());
    }
}
