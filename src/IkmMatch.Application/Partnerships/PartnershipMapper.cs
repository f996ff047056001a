using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Partnerships;
using Riok.Mapperly.Abstractions;

namespace IkmMatch.Application.Partnerships;

[Mapper]
public static partial class PartnershipMapper
{
    public static Versioned<PartnershipResponse> ToVersionedResponse(this Partnership partnership) => new(partnership.ToResponse(), partnership.Version);

    public static PartnershipResponse ToResponse(this Partnership p) => new(
        p.Id,
        p.NeedId,
        p.IkmId,
        p.IndustryId,
        p.Pattern,
        p.Status,
        p.Match?.Score,
        p.Match?.Eligible,
        p.Match?.Breakdown,
        p.Match?.Unmet,
        p.ContractValue,
        p.StartDate,
        p.EndDate,
        p.Rating,
        p.JobsCreated,
        p.Notes,
        [.. p.History.OrderBy(e => e.Sequence).Select(ToResponse)],
        p.CreatedAt,
        p.UpdatedAt,
        p.Version);

    [MapperIgnoreSource(nameof(PartnershipEvent.Id))]
    [MapperIgnoreSource(nameof(PartnershipEvent.PartnershipId))]
    [MapperIgnoreSource(nameof(PartnershipEvent.Sequence))]
    private static partial PartnershipEventResponse ToResponse(PartnershipEvent partnershipEvent);
}
