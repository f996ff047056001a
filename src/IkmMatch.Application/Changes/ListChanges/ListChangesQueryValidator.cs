using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Changes.ListChanges;

public sealed class ListChangesQueryValidator : AbstractValidator<ListChangesQuery>
{
    public ListChangesQueryValidator()
    {
        RuleFor(x => x.After).Must(after => ChangeCursor.TryDecode(after, out _)).Say("validation.changesCursor");
        RuleFor(x => x.Limit).InclusiveBetween(1, ListChangesQuery.MaxLimit).Say("validation.changesLimit", ListChangesQuery.MaxLimit);
        RuleFor(x => x.Types)
            .Must(types => EventTypeFilter.TryParse(types, out _))
            .Say("validation.eventTypes", string.Join(", ", EventTypes.All));
    }
}
