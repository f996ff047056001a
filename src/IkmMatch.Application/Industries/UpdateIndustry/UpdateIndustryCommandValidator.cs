using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Industries.UpdateIndustry;

public sealed class UpdateIndustryCommandValidator : AbstractValidator<UpdateIndustryCommand>
{
    public UpdateIndustryCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new IndustryRequestValidator());
    }
}
