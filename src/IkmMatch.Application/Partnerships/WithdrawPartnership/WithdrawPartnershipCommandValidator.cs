using FluentValidation;

namespace IkmMatch.Application.Partnerships.WithdrawPartnership;

public sealed class WithdrawPartnershipCommandValidator : AbstractValidator<WithdrawPartnershipCommand>
{
    public WithdrawPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new WithdrawPartnershipRequestValidator());
    }
}
