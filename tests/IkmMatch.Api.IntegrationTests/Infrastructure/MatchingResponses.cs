namespace IkmMatch.Api.IntegrationTests.Infrastructure;

// Procurement needs and matches as a client reads them.
public sealed record NeedDto(
    Guid Id,
    Guid IndustryId,
    string Title,
    string? Description,
    string Kbli,
    List<string> Keywords,
    decimal MonthlyVolume,
    string Unit,
    List<string> RequiredCertifications,
    List<string> PreferredCertifications,
    decimal? MinTkdnPercent,
    long? Budget,
    DateOnly NeededBy,
    bool AllowPartialSupply,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record CriterionDto(string Criterion, decimal Weight, decimal Value, decimal Points, string Explanation);

public sealed record UnmetDto(string Code, string Detail);

public sealed record MatchItemDto(
    int Rank,
    Guid IkmId,
    string IkmName,
    string Kecamatan,
    decimal Score,
    bool Eligible,
    List<CriterionDto> Breakdown,
    List<UnmetDto> Unmet);

public sealed record NeedMatchesDto(
    Guid NeedId, int TotalCandidates, int EligibleCandidates, List<MatchItemDto> Items, bool Kept = false, long Position = 0, DateTimeOffset AsOf = default);

public sealed record OpportunityItemDto(
    int Rank,
    Guid NeedId,
    string NeedTitle,
    string Kbli,
    Guid IndustryId,
    string IndustryName,
    DateOnly NeededBy,
    decimal Score,
    bool Eligible,
    List<CriterionDto> Breakdown,
    List<UnmetDto> Unmet);

public sealed record OpportunitiesDto(
    Guid IkmId, int TotalNeeds, int EligibleNeeds, List<OpportunityItemDto> Items, bool Kept = false, long Position = 0, DateTimeOffset AsOf = default);

/// <summary>A tender alert as the IKM reads it.</summary>
public sealed record AlertDto(
    Guid Id,
    Guid NeedId,
    string NeedTitle,
    string Kbli,
    string NeedStatus,
    Guid IndustryId,
    string IndustryName,
    DateOnly NeededBy,
    int Rank,
    decimal Score,
    DateTimeOffset CreatedAt,
    bool Read,
    DateTimeOffset? ReadAt);
