using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.WithdrawPartnership;

public sealed class WithdrawPartnershipCommandValidator : AbstractValidator<WithdrawPartnershipCommand>
{
    public WithdrawPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new WithdrawPartnershipRequestValidator());
    }
}
