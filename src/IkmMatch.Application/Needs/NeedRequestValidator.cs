using FluentValidation;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Needs;

public sealed class NeedRequestValidator : AbstractValidator<NeedRequest>
{
    public const int MaxKeywords = 20;
    public const int KeywordMaxLength = 50;

    public NeedRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.IndustryId).NotEmpty().WithMessage("industryId is required.");
        RuleFor(x => x.Title).RequiredText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Description).OptionalText(RegistryRules.DescriptionMaxLength);
        RuleFor(x => x.Kbli).Kbli();
        RuleFor(x => x.Keywords).NotNull()
            .Must(k => k.Count <= MaxKeywords).WithMessage($"At most {MaxKeywords} keywords are allowed.");
        RuleForEach(x => x.Keywords).NotEmpty().WithMessage("A keyword must not be empty.")
            .MaximumLength(KeywordMaxLength).WithMessage($"A keyword must be at most {KeywordMaxLength} characters.")
            .Must(RegistryRules.NoControlCharacters).WithMessage("A keyword must not contain control characters.");
        RuleFor(x => x.MonthlyVolume)
            .GreaterThan(0).WithMessage("Monthly volume must be more than 0.")
            .Decimals(3)
            .LessThanOrEqualTo(1_000_000_000m).WithMessage("Monthly volume must be at most 1,000,000,000.");
        RuleFor(x => x.Unit).DefinedEnum();
        RuleFor(x => x.RequiredCertifications).NotNull()
            .Must(c => c.Count <= Enum.GetValues<CertificationType>().Length).WithMessage("Too many required certifications.");
        RuleForEach(x => x.RequiredCertifications).DefinedEnum();
        RuleFor(x => x.PreferredCertifications).NotNull()
            .Must(c => c.Count <= Enum.GetValues<CertificationType>().Length).WithMessage("Too many preferred certifications.");
        RuleForEach(x => x.PreferredCertifications).DefinedEnum();
        RuleFor(x => x.MinTkdnPercent)
            .InclusiveBetween(0m, 100m).When(x => x.MinTkdnPercent is not null)
            .WithMessage("minTkdnPercent must be between 0 and 100.")
            .Decimals(2);
        RuleFor(x => x.Budget)
            .GreaterThanOrEqualTo(0).When(x => x.Budget is not null)
            .WithMessage("Budget must be 0 or more (whole rupiah).");
        RuleFor(x => x.NeededBy)
            .Must(date => date > clock.Today())
            .WithMessage(_ => $"neededBy must be after today ({clock.Today():yyyy-MM-dd}).");
    }
}
