using IkmMatch.Domain.Registry;

namespace IkmMatch.Synth;

/// <summary>A row of <c>ikms</c> with its rows of <c>ikm_capabilities</c> and <c>ikm_certifications</c>.</summary>
internal sealed record IkmRow(
    Guid Id,
    string Nib,
    string Name,
    string? OwnerName,
    string? Email,
    string? Phone,
    string? Address,
    Kecamatan Kecamatan,
    int Workforce,
    DateTimeOffset? VerifiedAt,
    DateTimeOffset CreatedAt,
    IReadOnlyList<CapabilityRow> Capabilities,
    IReadOnlyList<CertificationRow> Certifications);

internal sealed record CapabilityRow(Guid Id, int Ordinal, string Kbli, string Name, string? Description, decimal MonthlyCapacity, CapacityUnit Unit);

internal sealed record CertificationRow(Guid Id, int Ordinal, CertificationType Type, string? Number, string? Issuer, DateOnly? ValidUntil, decimal? TkdnPercent);

/// <summary>A row of <c>industries</c>.</summary>
internal sealed record IndustryRow(
    Guid Id,
    string Nib,
    string Name,
    string Sector,
    Kecamatan Kecamatan,
    string? Address,
    string? ContactName,
    string? Email,
    string? Phone,
    DateTimeOffset CreatedAt);

/// <summary>A row of <c>needs</c> (always Open).</summary>
internal sealed record NeedRow(
    Guid Id,
    Guid IndustryId,
    string Title,
    string? Description,
    string Kbli,
    string[] Keywords,
    decimal MonthlyVolume,
    CapacityUnit Unit,
    CertificationType[] RequiredCertifications,
    CertificationType[] PreferredCertifications,
    decimal? MinTkdnPercent,
    long? Budget,
    DateOnly NeededBy,
    bool AllowPartialSupply,
    DateTimeOffset CreatedAt);
