using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Programmes.GetProgrammeCandidates;

public sealed class GetProgrammeCandidatesQueryValidator : AbstractValidator<GetProgrammeCandidatesQuery>
{
    public GetProgrammeCandidatesQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, 100).Say("validation.limitRange");
    }
}
