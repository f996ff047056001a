using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Ikms.CreateIkm;

public sealed class CreateIkmCommandValidator : AbstractValidator<CreateIkmCommand>
{
    public CreateIkmCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new IkmRequestValidator());
    }
}
