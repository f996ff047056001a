using FluentValidation;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Needs;

public sealed class NeedRequestValidator : AbstractValidator<NeedRequest>
{
    public const int MaxKeywords = 20;
    public const int KeywordMaxLength = 50;

    public NeedRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.IndustryId).NotEmpty().Say("validation.industryIdRequired");
        RuleFor(x => x.Title).RequiredText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Description).OptionalText(RegistryRules.DescriptionMaxLength);
        RuleFor(x => x.Kbli).Kbli();
        RuleFor(x => x.Keywords).NotNull()
            .Must(k => k.Count <= MaxKeywords).Say("validation.tooManyKeywords", MaxKeywords);
        RuleForEach(x => x.Keywords).NotEmpty().Say("validation.keywordEmpty")
            .MaximumLength(KeywordMaxLength).Say("validation.keywordTooLong", KeywordMaxLength)
            .Must(RegistryRules.NoControlCharacters).Say("validation.keywordControl");
        RuleFor(x => x.MonthlyVolume)
            .GreaterThan(0).Say("validation.monthlyVolumePositive")
            .Decimals(3)
            .LessThanOrEqualTo(1_000_000_000m).Say("validation.monthlyVolumeMax", 1_000_000_000m);
        RuleFor(x => x.Unit).DefinedEnum();
        RuleFor(x => x.RequiredCertifications).NotNull()
            .Must(c => c.Count <= Enum.GetValues<CertificationType>().Length).Say("validation.tooManyRequired");
        RuleForEach(x => x.RequiredCertifications).DefinedEnum();
        RuleFor(x => x.PreferredCertifications).NotNull()
            .Must(c => c.Count <= Enum.GetValues<CertificationType>().Length).Say("validation.tooManyPreferred");
        RuleForEach(x => x.PreferredCertifications).DefinedEnum();
        RuleFor(x => x.MinTkdnPercent)
            .InclusiveBetween(0m, 100m).When(x => x.MinTkdnPercent is not null)
            .Say("validation.minTkdnRange")
            .Decimals(2);
        RuleFor(x => x.Budget)
            .GreaterThanOrEqualTo(0).When(x => x.Budget is not null)
            .Say("validation.budgetNegative");
        RuleFor(x => x.NeededBy)
            .Must(date => date > clock.Today())
            .WithMessage(_ => new Text("validation.neededByAfterToday", clock.Today()).Say());
    }
}
