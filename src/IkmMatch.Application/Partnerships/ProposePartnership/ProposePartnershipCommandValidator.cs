using FluentValidation;

namespace IkmMatch.Application.Partnerships.ProposePartnership;

public sealed class ProposePartnershipCommandValidator : AbstractValidator<ProposePartnershipCommand>
{
    public ProposePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new PartnershipRequestValidator());
    }
}
