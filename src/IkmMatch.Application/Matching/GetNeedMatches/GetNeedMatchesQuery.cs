using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Matching.GetNeedMatches;

/// <summary>Ranks the IKM for one need and explains every score.</summary>
/// <param name="NeedId">The need.</param>
/// <param name="Limit">How many to return, 1–100.</param>
/// <param name="IncludeIneligible">Also return IKM that miss a hard requirement, after the eligible ones, with what they lack.</param>
public sealed record GetNeedMatchesQuery(Guid NeedId, int Limit, bool IncludeIneligible) : IQuery<NeedMatchesResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetNeedMatches;
}
