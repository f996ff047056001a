using FluentValidation;

namespace IkmMatch.Application.Matching.GetNeedMatches;

public sealed class GetNeedMatchesQueryValidator : AbstractValidator<GetNeedMatchesQuery>
{
    public GetNeedMatchesQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 100).WithMessage("limit must be between 1 and 100.");
    }
}
