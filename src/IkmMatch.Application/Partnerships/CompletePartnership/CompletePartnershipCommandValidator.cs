using FluentValidation;

namespace IkmMatch.Application.Partnerships.CompletePartnership;

public sealed class CompletePartnershipCommandValidator : AbstractValidator<CompletePartnershipCommand>
{
    public CompletePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new CompletePartnershipRequestValidator());
    }
}
