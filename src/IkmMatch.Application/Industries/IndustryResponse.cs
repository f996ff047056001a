using System.Text.Json.Serialization;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Industries;

/// <summary>A large industry as the API shows it.</summary>
public sealed record IndustryResponse(
    Guid Id,
    string Nib,
    string Name,
    string Sector,
    Kecamatan Kecamatan,
    string? Address,
    string? ContactName,
    string? Email,
    string? Phone,
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
