using FluentValidation;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Access;

namespace IkmMatch.Application.ApiKeys.IssueApiKey;

public sealed class IssueApiKeyCommandValidator : AbstractValidator<IssueApiKeyCommand>
{
    public const int NameMaxLength = 100;

    public IssueApiKeyCommandValidator()
    {
        RuleFor(x => x.Body.Name).RequiredText(NameMaxLength)
            .Must(name => !string.Equals(name?.Trim(), ApiKeyOptions.BootstrapName, StringComparison.OrdinalIgnoreCase))
            .WithMessage($"'{ApiKeyOptions.BootstrapName}' is the name of the configured admin key; choose another.");
        RuleFor(x => x.Body.Role).DefinedEnum();
        RuleFor(x => x.Body.IkmId)
            .NotNull().When(x => x.Body.Role == Role.Ikm, ApplyConditionTo.CurrentValidator).WithMessage("An ikm key must name the IKM it acts for.")
            .Null().When(x => x.Body.Role != Role.Ikm, ApplyConditionTo.CurrentValidator).WithMessage("Only an ikm key is bound to an IKM.");
        RuleFor(x => x.Body.IndustryId)
            .NotNull().When(x => x.Body.Role == Role.Industry, ApplyConditionTo.CurrentValidator).WithMessage("An industry key must name the industry it acts for.")
            .Null().When(x => x.Body.Role != Role.Industry, ApplyConditionTo.CurrentValidator).WithMessage("Only an industry key is bound to an industry.");
    }
}
