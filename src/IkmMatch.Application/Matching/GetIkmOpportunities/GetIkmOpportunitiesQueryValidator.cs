using FluentValidation;

namespace IkmMatch.Application.Matching.GetIkmOpportunities;

public sealed class GetIkmOpportunitiesQueryValidator : AbstractValidator<GetIkmOpportunitiesQuery>
{
    public GetIkmOpportunitiesQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 100).WithMessage("limit must be between 1 and 100.");
    }
}
