using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Needs.UpdateNeed;

public sealed class UpdateNeedCommandValidator : AbstractValidator<UpdateNeedCommand>
{
    public UpdateNeedCommandValidator(TimeProvider clock)
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new NeedRequestValidator(clock));
    }
}
