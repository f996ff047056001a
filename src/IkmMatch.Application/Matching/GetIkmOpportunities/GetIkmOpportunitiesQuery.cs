using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Matching.GetIkmOpportunities;

/// <summary>Ranks the open needs for one IKM with the same scoring as matches.</summary>
/// <param name="IkmId">The IKM.</param>
/// <param name="Limit">How many to return, 1–100.</param>
/// <param name="IncludeIneligible">Also return needs the IKM misses a hard requirement of, after the eligible ones.</param>
public sealed record GetIkmOpportunitiesQuery(Guid IkmId, int Limit, bool IncludeIneligible) : IQuery<OpportunitiesResponse>, IAuthorizedRequest
{
    public Operation Operation => Operation.GetIkmOpportunities;
}
