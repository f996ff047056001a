using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Industries;

/// <summary>The body of <c>POST /api/v1/industries</c> and <c>PUT /api/v1/industries/{id}</c>.</summary>
public sealed record IndustryRequest
{
    /// <summary>Nomor Induk Berusaha issued by OSS: exactly 13 digits, unique among industries.</summary>
    public required string Nib { get; init; }

    public required string Name { get; init; }

    /// <summary>Sector in plain words: "Baja", "Petrokimia", "Energi", "Pelabuhan", …</summary>
    public required string Sector { get; init; }

    public required Kecamatan Kecamatan { get; init; }

    public string? Address { get; init; }

    /// <summary>Procurement contact person.</summary>
    public string? ContactName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}
