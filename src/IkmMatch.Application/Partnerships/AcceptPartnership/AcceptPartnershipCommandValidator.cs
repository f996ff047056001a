using FluentValidation;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

public sealed class AcceptPartnershipCommandValidator : AbstractValidator<AcceptPartnershipCommand>
{
    public AcceptPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new AcceptPartnershipRequestValidator());
    }
}
