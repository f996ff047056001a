using IkmMatch.Application.Common.Localization;
using FluentValidation;

namespace IkmMatch.Application.Partnerships.AcceptPartnership;

public sealed class AcceptPartnershipCommandValidator : AbstractValidator<AcceptPartnershipCommand>
{
    public AcceptPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new AcceptPartnershipRequestValidator());
    }
}
