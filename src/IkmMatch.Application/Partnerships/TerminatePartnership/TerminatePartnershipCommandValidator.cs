using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Partnerships.TerminatePartnership;

public sealed class TerminatePartnershipCommandValidator : AbstractValidator<TerminatePartnershipCommand>
{
    public TerminatePartnershipCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new TerminatePartnershipRequestValidator());
    }
}
