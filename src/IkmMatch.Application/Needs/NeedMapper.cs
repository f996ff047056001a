using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Needs;
using Riok.Mapperly.Abstractions;

namespace IkmMatch.Application.Needs;

/// <summary>
/// Maps needs in memory. (A Mapperly IQueryable projection of the certificate arrays makes EF Core cast the text
/// array to integers in SQL; needs are read as entities and mapped here instead.)
/// </summary>
[Mapper]
public static partial class NeedMapper
{
    public static Versioned<NeedResponse> ToVersionedResponse(this ProcurementNeed need) => new(need.ToResponse(), need.Version);

    [MapperIgnoreSource(nameof(ProcurementNeed.SearchTerms))]
    public static partial NeedResponse ToResponse(this ProcurementNeed need);

    public static NeedDetails ToDetails(this NeedRequest request) => new(
        request.Title.Trim(),
        request.Description?.Trim(),
        request.Kbli,
        [.. request.Keywords.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
        request.MonthlyVolume,
        request.Unit,
        request.RequiredCertifications,
        request.PreferredCertifications,
        request.MinTkdnPercent,
        request.Budget,
        request.NeededBy,
        request.AllowPartialSupply);
}
