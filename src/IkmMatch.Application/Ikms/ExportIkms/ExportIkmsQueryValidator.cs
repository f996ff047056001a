using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Ikms.ExportIkms;

public sealed class ExportIkmsQueryValidator : AbstractValidator<ExportIkmsQuery>
{
    public ExportIkmsQueryValidator()
    {
        RuleFor(x => x.Q).OptionalText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Kbli).KbliPrefix();
        RuleFor(x => x.Kecamatan).DefinedEnum();
        RuleFor(x => x.Certification).DefinedEnum();
    }
}
