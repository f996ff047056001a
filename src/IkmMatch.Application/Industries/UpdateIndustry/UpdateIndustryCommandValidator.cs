using IkmMatch.Application.Common.Localization;
using FluentValidation;

namespace IkmMatch.Application.Industries.UpdateIndustry;

public sealed class UpdateIndustryCommandValidator : AbstractValidator<UpdateIndustryCommand>
{
    public UpdateIndustryCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new IndustryRequestValidator());
    }
}
