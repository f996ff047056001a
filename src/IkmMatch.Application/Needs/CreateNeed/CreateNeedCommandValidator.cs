using FluentValidation;

namespace IkmMatch.Application.Needs.CreateNeed;

public sealed class CreateNeedCommandValidator : AbstractValidator<CreateNeedCommand>
{
    public CreateNeedCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Body).NotNull().WithMessage("A request body is required.").SetValidator(new NeedRequestValidator(clock));
    }
}
