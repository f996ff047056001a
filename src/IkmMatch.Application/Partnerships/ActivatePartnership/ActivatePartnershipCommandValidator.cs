using FluentValidation;

namespace IkmMatch.Application.Partnerships.ActivatePartnership;

public sealed class ActivatePartnershipCommandValidator : AbstractValidator<ActivatePartnershipCommand>
{
    public ActivatePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new ActivatePartnershipRequestValidator());
    }
}
