using FluentValidation;

namespace IkmMatch.Application.Industries.UpdateIndustry;

public sealed class UpdateIndustryCommandValidator : AbstractValidator<UpdateIndustryCommand>
{
    public UpdateIndustryCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new IndustryRequestValidator());
    }
}
