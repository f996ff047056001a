namespace IkmMatch.Api.IntegrationTests.Infrastructure;

// The shapes the API sends, as a client reads them.
public sealed record PageDto<T>(List<T> Items, int Page, int PageSize, int TotalCount);

public sealed record CapabilityDto(string Kbli, string Name, string? Description, decimal MonthlyCapacity, string Unit);

public sealed record CertificationDto(string Type, string? Number, string? Issuer, DateOnly? ValidUntil, decimal? TkdnPercent);

public sealed record IkmDto(
    Guid Id,
    string Nib,
    string Name,
    string? OwnerName,
    string? Email,
    string? Phone,
    string? Address,
    string Kecamatan,
    int Workforce,
    List<CapabilityDto> Capabilities,
    List<CertificationDto> Certifications,
    bool Verified,
    DateTimeOffset? VerifiedAt,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? KecamatanCode = null);

public sealed record IndustryDto(
    Guid Id,
    string Nib,
    string Name,
    string Sector,
    string Kecamatan,
    string? Address,
    string? ContactName,
    string? Email,
    string? Phone,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? KecamatanCode = null);
