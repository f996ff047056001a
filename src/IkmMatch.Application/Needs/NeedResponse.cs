using System.Text.Json.Serialization;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Needs;

/// <summary>A procurement need as the API shows it.</summary>
public sealed record NeedResponse(
    Guid Id,
    Guid IndustryId,
    string Title,
    string? Description,
    string Kbli,
    IReadOnlyList<string> Keywords,
    decimal MonthlyVolume,
    CapacityUnit Unit,
    IReadOnlyList<CertificationType> RequiredCertifications,
    IReadOnlyList<CertificationType> PreferredCertifications,
    decimal? MinTkdnPercent,
    long? Budget,
    DateOnly NeededBy,
    bool AllowPartialSupply,
    NeedStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CreatedBy,
    string UpdatedBy,
    [property: JsonIgnore] int Version);
