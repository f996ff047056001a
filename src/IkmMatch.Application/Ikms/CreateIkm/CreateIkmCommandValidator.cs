using FluentValidation;

namespace IkmMatch.Application.Ikms.CreateIkm;

public sealed class CreateIkmCommandValidator : AbstractValidator<CreateIkmCommand>
{
    public CreateIkmCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new IkmRequestValidator());
    }
}
