namespace IkmMatch.Api.IntegrationTests.Infrastructure;

// Partnerships as a client reads them.
public sealed record PartnershipEventDto(string? From, string To, DateTimeOffset At, string Actor, string? Note);

public sealed record PartnershipDto(
    Guid Id,
    Guid? NeedId,
    Guid IkmId,
    Guid IndustryId,
    string Pattern,
    string Status,
    decimal? MatchScore,
    bool? MatchEligible,
    List<CriterionDto>? MatchBreakdown,
    List<UnmetDto>? MatchUnmet,
    long? ContractValue,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Rating,
    int? JobsCreated,
    string? Notes,
    List<PartnershipEventDto> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
