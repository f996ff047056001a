using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.ActivatePartnership;

public sealed class ActivatePartnershipCommandValidator : AbstractValidator<ActivatePartnershipCommand>
{
    public ActivatePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new ActivatePartnershipRequestValidator());
    }
}
