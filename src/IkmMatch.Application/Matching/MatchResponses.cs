using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Matching;

/// <summary>IKM ranked for one need: eligible ones first, each group by score descending, then IKM id.</summary>
/// <param name="NeedId">The need ranked for.</param>
/// <param name="TotalCandidates">Active IKM that are candidates for the need, eligible or not: those with a capability in the need's KBLI division, and those whose capability text is clearly about the job whatever their KBLI.</param>
/// <param name="EligibleCandidates">How many of them meet every hard requirement.</param>
/// <param name="Items">Up to <c>limit</c> candidates.</param>
/// <param name="Kept">Whether the answer was read from the need's kept ranking (kept up to date as the registry changes); false: computed on the spot, as for a need posted a moment ago.</param>
/// <param name="Position">The outbox position the answer reflects: every change to the registry up to it is taken into account.</param>
/// <param name="AsOf">When the ranking had taken every change up to <c>position</c> into account (for an answer computed on the spot, the moment it was computed).</param>
public sealed record NeedMatchesResponse(
    Guid NeedId, int TotalCandidates, int EligibleCandidates, IReadOnlyList<MatchItem> Items, bool Kept, long Position, DateTimeOffset AsOf);

/// <summary>One ranked IKM, with the breakdown of its score and what it lacks.</summary>
public sealed record MatchItem(
    int Rank,
    Guid IkmId,
    string IkmName,
    Kecamatan Kecamatan,
    decimal Score,
    bool Eligible,
    IReadOnlyList<CriterionScore> Breakdown,
    IReadOnlyList<UnmetRequirement> Unmet);

/// <summary>Open needs ranked for one IKM, in the same order as matches.</summary>
/// <param name="IkmId">The IKM ranked for.</param>
/// <param name="TotalNeeds">Open needs the IKM is a candidate for (a capability in the need's KBLI division, or one clearly about the job), eligible or not.</param>
/// <param name="EligibleNeeds">How many of them the IKM meets every hard requirement of.</param>
/// <param name="Items">Up to <c>limit</c> needs.</param>
/// <param name="Kept">Whether the needs with a kept ranking were read from it (false: every need was evaluated on the spot).</param>
/// <param name="Position">The outbox position the answer reflects: every change to the registry up to it is taken into account.</param>
/// <param name="AsOf">When the kept rankings had taken every change up to <c>position</c> into account (for an answer computed on the spot, the moment it was computed).</param>
public sealed record OpportunitiesResponse(
    Guid IkmId, int TotalNeeds, int EligibleNeeds, IReadOnlyList<OpportunityItem> Items, bool Kept, long Position, DateTimeOffset AsOf);

/// <summary>One open need ranked for an IKM.</summary>
public sealed record OpportunityItem(
    int Rank,
    Guid NeedId,
    string NeedTitle,
    string Kbli,
    Guid IndustryId,
    string IndustryName,
    DateOnly NeededBy,
    decimal Score,
    bool Eligible,
    IReadOnlyList<CriterionScore> Breakdown,
    IReadOnlyList<UnmetRequirement> Unmet);
