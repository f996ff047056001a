using FluentValidation;

namespace IkmMatch.Application.Partnerships.RejectPartnership;

public sealed class RejectPartnershipCommandValidator : AbstractValidator<RejectPartnershipCommand>
{
    public RejectPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new RejectPartnershipRequestValidator());
    }
}
