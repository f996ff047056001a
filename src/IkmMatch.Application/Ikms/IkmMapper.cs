using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Registry;
using Riok.Mapperly.Abstractions;

namespace IkmMatch.Application.Ikms;

[Mapper]
public static partial class IkmMapper
{
    public static Versioned<IkmResponse> ToVersionedResponse(this Ikm ikm) => new(ikm.ToResponse(), ikm.Version);

    public static partial IkmResponse ToResponse(this Ikm ikm);

    public static IkmProfile ToProfile(this IkmRequest request) => new(
        request.Nib,
        request.Name.Trim(),
        request.OwnerName?.Trim(),
        request.Email?.Trim(),
        request.Phone?.Trim(),
        request.Address?.Trim(),
        request.Kecamatan,
        request.Workforce,
        [.. request.Capabilities.Select(ToData)],
        [.. request.Certifications.Select(ToData)]);

    [MapperIgnoreSource(nameof(Capability.Id))]
    [MapperIgnoreSource(nameof(Capability.IkmId))]
    [MapperIgnoreSource(nameof(Capability.Ordinal))]
    [MapperIgnoreSource(nameof(Capability.NameTerms))]
    [MapperIgnoreSource(nameof(Capability.Terms))]
    [MapperIgnoreSource(nameof(Capability.Data))]
    private static partial CapabilityResponse ToResponse(Capability capability);

    [MapperIgnoreSource(nameof(Certification.Id))]
    [MapperIgnoreSource(nameof(Certification.IkmId))]
    [MapperIgnoreSource(nameof(Certification.Ordinal))]
    [MapperIgnoreSource(nameof(Certification.Data))]
    private static partial CertificationResponse ToResponse(Certification certification);

    private static partial CapabilityData ToData(CapabilityRequest request);

    private static partial CertificationData ToData(CertificationRequest request);
}
