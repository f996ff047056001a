using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

public sealed class AcceptPartnershipCommandValidator : AbstractValidator<AcceptPartnershipCommand>
{
    public AcceptPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new AcceptPartnershipRequestValidator());
    }
}
