using FluentValidation;

namespace IkmMatch.Application.Partnerships.TerminatePartnership;

public sealed class TerminatePartnershipCommandValidator : AbstractValidator<TerminatePartnershipCommand>
{
    public TerminatePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new TerminatePartnershipRequestValidator());
    }
}
