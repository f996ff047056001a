using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Registry;
using Riok.Mapperly.Abstractions;

namespace IkmMatch.Application.Industries;

[Mapper]
public static partial class IndustryMapper
{
    public static Versioned<IndustryResponse> ToVersionedResponse(this Industry industry) => new(industry.ToResponse(), industry.Version);

    [MapperIgnoreTarget(nameof(IndustryResponse.KecamatanCode))] // computed from the kecamatan
    public static partial IndustryResponse ToResponse(this Industry industry);

    public static partial IQueryable<IndustryResponse> ProjectToResponse(this IQueryable<Industry> industries);

    public static IndustryProfile ToProfile(this IndustryRequest request) => new(
        request.Nib,
        request.Name.Trim(),
        request.Sector.Trim(),
        request.Kecamatan,
        request.Address?.Trim(),
        request.ContactName?.Trim(),
        request.Email?.Trim(),
        request.Phone?.Trim());
}
