using FluentValidation;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.Needs.ListNeeds;

public sealed class ListNeedsQueryValidator : AbstractValidator<ListNeedsQuery>
{
    public ListNeedsQueryValidator()
    {
        this.Paging();
        RuleFor(x => x.Kbli).KbliPrefix();
        RuleFor(x => x.Status).DefinedEnum();
    }
}
