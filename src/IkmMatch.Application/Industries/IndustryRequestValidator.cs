using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Industries;

public sealed class IndustryRequestValidator : AbstractValidator<IndustryRequest>
{
    public IndustryRequestValidator()
    {
        RuleFor(x => x.Nib).Nib();
        RuleFor(x => x.Name).RequiredText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Sector).RequiredText(RegistryRules.ShortTextMaxLength);
        RuleFor(x => x.Kecamatan).DefinedEnum();
        RuleFor(x => x.Address).OptionalText(RegistryRules.AddressMaxLength);
        RuleFor(x => x.ContactName).OptionalText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Email).Email();
        RuleFor(x => x.Phone).Phone();
    }
}
