using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Ikms.SyncIkm;

public sealed class SyncIkmCommandValidator : AbstractValidator<SyncIkmCommand>
{
    public SyncIkmCommandValidator()
    {
        RuleFor(x => x.Body).NotNull().Say("validation.bodyRequired").SetValidator(new IkmRequestValidator());
        RuleFor(x => x.Body.Nib)
            .Must((command, nib) => nib == command.Nib)
            .When(x => x.Body is not null)
            .OverridePropertyName("nib")
            .WithMessage(command => new Domain.Common.Text("validation.nibMatchesPath", command.Nib).Say());
    }
}
