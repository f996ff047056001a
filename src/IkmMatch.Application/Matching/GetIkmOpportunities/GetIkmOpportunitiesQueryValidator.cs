using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Matching.GetIkmOpportunities;

public sealed class GetIkmOpportunitiesQueryValidator : AbstractValidator<GetIkmOpportunitiesQuery>
{
    public GetIkmOpportunitiesQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 100).Say("validation.limitRange");
    }
}
