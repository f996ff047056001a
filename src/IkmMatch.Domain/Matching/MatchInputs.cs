using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Matching;

/// <summary>What the scorer needs to know about a procurement need.</summary>
public sealed record NeedToMatch(
    string Kbli,
    string Title,
    string? Description,
    IReadOnlyList<string> Keywords,
    decimal MonthlyVolume,
    CapacityUnit Unit,
    IReadOnlyList<CertificationType> RequiredCertifications,
    IReadOnlyList<CertificationType> PreferredCertifications,
    decimal? MinTkdnPercent,
    DateOnly NeededBy,
    bool AllowPartialSupply,
    Kecamatan IndustryKecamatan);

/// <summary>What the scorer needs to know about one IKM.</summary>
public sealed record CandidateToMatch(
    Guid IkmId,
    Kecamatan Kecamatan,
    bool Verified,
    IReadOnlyList<CandidateCapability> Capabilities,
    IReadOnlyList<CandidateCertification> Certifications,
    TrackRecord TrackRecord);

public sealed record CandidateCapability(string Kbli, string Name, string? Description, decimal MonthlyCapacity, CapacityUnit Unit);

public sealed record CandidateCertification(CertificationType Type, DateOnly? ValidUntil, decimal? TkdnPercent)
{
    public bool IsValidOn(DateOnly date) => ValidUntil is null || ValidUntil.Value >= date;
}

/// <summary>Completed partnerships of an IKM: how many, and the sum of their ratings (1–5 each).</summary>
public readonly record struct TrackRecord(int CompletedCount, int RatingSum)
{
    public static TrackRecord None => default;
}
