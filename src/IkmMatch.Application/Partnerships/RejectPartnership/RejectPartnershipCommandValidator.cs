using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.RejectPartnership;

public sealed class RejectPartnershipCommandValidator : AbstractValidator<RejectPartnershipCommand>
{
    public RejectPartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new RejectPartnershipRequestValidator());
    }
}
