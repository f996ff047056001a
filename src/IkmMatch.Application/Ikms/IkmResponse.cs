using System.Text.Json.Serialization;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Ikms;

/// <summary>An IKM as the API shows it.</summary>
public sealed record IkmResponse(
    Guid Id,
    string Nib,
    string Name,
    string? OwnerName,
    string? Email,
    string? Phone,
    string? Address,
    Kecamatan Kecamatan,
    int Workforce,
    IReadOnlyList<CapabilityResponse> Capabilities,
    IReadOnlyList<CertificationResponse> Certifications,
    bool Verified,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    RecordStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CreatedBy,
    string UpdatedBy,
    [property: JsonIgnore] int Version)
{
    /// <summary>The kecamatan's Kemendagri code (<c>36.72.04</c> for Ciwandan); null outside Kota Cilegon.</summary>
    public string? KecamatanCode => Kecamatan.Code();
}

public sealed record CapabilityResponse(string Kbli, string Name, string? Description, decimal MonthlyCapacity, CapacityUnit Unit);

/// <summary>A certificate; <c>verified</c> false means it is the IKM's own claim, not yet seen by Disperindag.</summary>
public sealed record CertificationResponse(
    CertificationType Type,
    string? Number,
    string? Issuer,
    DateOnly? ValidUntil,
    decimal? TkdnPercent,
    bool Verified,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy);
