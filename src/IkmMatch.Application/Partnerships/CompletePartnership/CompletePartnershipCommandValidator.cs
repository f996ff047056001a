using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.CompletePartnership;

public sealed class CompletePartnershipCommandValidator : AbstractValidator<CompletePartnershipCommand>
{
    public CompletePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new CompletePartnershipRequestValidator());
    }
}
