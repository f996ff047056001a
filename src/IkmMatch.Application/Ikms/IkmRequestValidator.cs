using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Ikms;

/// <summary>Rules for an IKM profile, shared by create and update.</summary>
public sealed class IkmRequestValidator : AbstractValidator<IkmRequest>
{
    /// <summary>
    /// Caps that bound what one IKM costs matching (each capability and certificate is read for every need it is a
    /// candidate for), well above what an IKM holds: the registry's IKM state 1–3 capabilities and a few certificates.
    /// </summary>
    public const int MaxCapabilities = 20;

    public const int MaxCertifications = Ikm.MaxCertifications;

    public IkmRequestValidator()
    {
        RuleFor(x => x.Nib).Nib();
        RuleFor(x => x.Name).RequiredText(RegistryRules.NameMaxLength);
        RuleFor(x => x.OwnerName).OptionalText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Email).Email();
        RuleFor(x => x.Phone).Phone();
        RuleFor(x => x.Address).OptionalText(RegistryRules.AddressMaxLength);
        RuleFor(x => x.Kecamatan).DefinedEnum();
        RuleFor(x => x.Workforce).GreaterThanOrEqualTo(0).Say("validation.workforceNegative");
        RuleFor(x => x.Capabilities)
            .NotNull()
            .Must(c => c.Count <= MaxCapabilities).Say("validation.tooManyCapabilities", MaxCapabilities);
        RuleForEach(x => x.Capabilities).NotNull().SetValidator(new CapabilityRequestValidator());
        RuleFor(x => x.Certifications)
            .NotNull()
            .Must(c => c.Count <= MaxCertifications).Say("validation.tooManyCertifications", MaxCertifications);
        RuleForEach(x => x.Certifications).NotNull().SetValidator(new CertificationRequestValidator());
    }
}

public sealed class CapabilityRequestValidator : AbstractValidator<CapabilityRequest>
{
    public CapabilityRequestValidator()
    {
        RuleFor(x => x.Kbli).Kbli();
        RuleFor(x => x.Name).RequiredText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Description).OptionalText(RegistryRules.DescriptionMaxLength);
        RuleFor(x => x.MonthlyCapacity)
            .GreaterThan(0).Say("validation.monthlyCapacityPositive")
            .Decimals(3)
            .LessThanOrEqualTo(1_000_000_000m).Say("validation.monthlyCapacityMax", 1_000_000_000m);
        RuleFor(x => x.Unit).DefinedEnum();
    }
}

public sealed class CertificationRequestValidator : AbstractValidator<CertificationRequest>
{
    public CertificationRequestValidator()
    {
        RuleFor(x => x.Type).DefinedEnum();
        RuleFor(x => x.Number).OptionalText(RegistryRules.ShortTextMaxLength);
        RuleFor(x => x.Issuer).OptionalText(RegistryRules.ShortTextMaxLength);
        RuleFor(x => x.TkdnPercent)
            .NotNull().When(x => x.Type == CertificationType.TKDN)
            .Say("validation.tkdnPercentRequired");
        RuleFor(x => x.TkdnPercent)
            .InclusiveBetween(0m, 100m).When(x => x.TkdnPercent is not null)
            .Say("validation.tkdnPercentRange")
            .Decimals(2);
        RuleFor(x => x.TkdnPercent)
            .Null().When(x => x.Type != CertificationType.TKDN)
            .Say("validation.tkdnPercentOnlyTkdn");
    }
}
