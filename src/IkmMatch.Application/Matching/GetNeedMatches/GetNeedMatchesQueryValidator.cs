using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Matching.GetNeedMatches;

public sealed class GetNeedMatchesQueryValidator : AbstractValidator<GetNeedMatchesQuery>
{
    public GetNeedMatchesQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 100).Say("validation.limitRange");
    }
}
