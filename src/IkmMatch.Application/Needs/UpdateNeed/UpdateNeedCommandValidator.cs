using FluentValidation;

namespace IkmMatch.Application.Needs.UpdateNeed;

public sealed class UpdateNeedCommandValidator : AbstractValidator<UpdateNeedCommand>
{
    public UpdateNeedCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new NeedRequestValidator(clock));
    }
}
