using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Industries.ListIndustries;

public sealed class ListIndustriesQueryValidator : AbstractValidator<ListIndustriesQuery>
{
    public ListIndustriesQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Q).OptionalText(RegistryRules.NameMaxLength);
        RuleFor(x => x.Sector).OptionalText(RegistryRules.ShortTextMaxLength);
        RuleFor(x => x.Kecamatan).DefinedEnum();
    }
}
