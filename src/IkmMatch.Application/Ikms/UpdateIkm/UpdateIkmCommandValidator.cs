using FluentValidation;

namespace IkmMatch.Application.Ikms.UpdateIkm;

public sealed class UpdateIkmCommandValidator : AbstractValidator<UpdateIkmCommand>
{
    public UpdateIkmCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new IkmRequestValidator());
    }
}
