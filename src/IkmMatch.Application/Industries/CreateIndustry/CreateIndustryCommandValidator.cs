using FluentValidation;

namespace IkmMatch.Application.Industries.CreateIndustry;

public sealed class CreateIndustryCommandValidator : AbstractValidator<CreateIndustryCommand>
{
    public CreateIndustryCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new IndustryRequestValidator());
    }
}
