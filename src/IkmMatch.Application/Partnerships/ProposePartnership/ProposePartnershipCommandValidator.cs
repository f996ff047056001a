using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.ProposePartnership;

public sealed class ProposePartnershipCommandValidator : AbstractValidator<ProposePartnershipCommand>
{
    public ProposePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new PartnershipRequestValidator());
    }
}
