using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Ikms.ListIkms;

public sealed class ListIkmsQueryValidator : AbstractValidator<ListIkmsQuery>
{
    public ListIkmsQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Q).OptionalText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Kbli).KbliPrefix();
        RuleFor(x => x.Kecamatan).DefinedEnum();
        RuleFor(x => x.Certification).DefinedEnum();
    }
}
