using FluentValidation;
using IkmMatch.Application.Common.Localization;
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
            .Say("validation.apiKey.bootstrapName", ApiKeyOptions.BootstrapName);
        RuleFor(x => x.Body.Role).DefinedEnum();
        RuleFor(x => x.Body.IkmId)
            .NotNull().When(x => x.Body.Role == Role.Ikm, ApplyConditionTo.CurrentValidator).Say("validation.apiKey.ikmIdRequired")
            .Null().When(x => x.Body.Role != Role.Ikm, ApplyConditionTo.CurrentValidator).Say("validation.apiKey.ikmIdOnlyForIkm");
        RuleFor(x => x.Body.IndustryId)
            .NotNull().When(x => x.Body.Role == Role.Industry, ApplyConditionTo.CurrentValidator).Say("validation.apiKey.industryIdRequired")
            .Null().When(x => x.Body.Role != Role.Industry, ApplyConditionTo.CurrentValidator).Say("validation.apiKey.industryIdOnlyForIndustry");
    }
}
