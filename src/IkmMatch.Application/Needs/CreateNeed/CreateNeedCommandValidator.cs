using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Needs.CreateNeed;

public sealed class CreateNeedCommandValidator : AbstractValidator<CreateNeedCommand>
{
    public CreateNeedCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new NeedRequestValidator(clock));
    }
}
