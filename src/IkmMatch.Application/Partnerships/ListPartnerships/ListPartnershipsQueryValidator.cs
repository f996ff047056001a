using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Partnerships.ListPartnerships;

public sealed class ListPartnershipsQueryValidator : AbstractValidator<ListPartnershipsQuery>
{
    public ListPartnershipsQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Status).DefinedEnum();
        RuleFor(x => x.Pattern).DefinedEnum();
    }
}
