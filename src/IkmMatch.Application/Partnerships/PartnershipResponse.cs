using System.Text.Json.Serialization;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Partnerships;

namespace IkmMatch.Application.Partnerships;

/// <summary>A partnership as the API shows it, with its whole history.</summary>
/// <param name="MatchScore">The match score when proposed from a need (null without a need).</param>
/// <param name="MatchEligible">Whether the IKM met every hard requirement of the need when proposed.</param>
/// <param name="MatchBreakdown">The breakdown of that score, as the matches endpoint showed it then.</param>
/// <param name="MatchUnmet">What the IKM lacked then, if anything.</param>
public sealed record PartnershipResponse(
    Guid Id,
    Guid? NeedId,
    Guid IkmId,
    Guid IndustryId,
    PartnershipPattern Pattern,
    PartnershipStatus Status,
    decimal? MatchScore,
    bool? MatchEligible,
    IReadOnlyList<CriterionScore>? MatchBreakdown,
    IReadOnlyList<UnmetRequirement>? MatchUnmet,
    long? ContractValue,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Rating,
    int? JobsCreated,
    string? Notes,
    IReadOnlyList<PartnershipEventResponse> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    [property: JsonIgnore] int Version);

/// <summary>One step of the history.</summary>
public sealed record PartnershipEventResponse(PartnershipStatus? From, PartnershipStatus To, DateTimeOffset At, string Actor, string? Note);
