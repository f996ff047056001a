using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Ikms.UpdateIkm;

public sealed class UpdateIkmCommandValidator : AbstractValidator<UpdateIkmCommand>
{
    public UpdateIkmCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new IkmRequestValidator());
    }
}
