using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Industries.CreateIndustry;

public sealed class CreateIndustryCommandValidator : AbstractValidator<CreateIndustryCommand>
{
    public CreateIndustryCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new IndustryRequestValidator());
    }
}
