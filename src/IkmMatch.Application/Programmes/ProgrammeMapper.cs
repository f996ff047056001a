using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using Riok.Mapperly.Abstractions;

namespace IkmMatch.Application.Programmes;

[Mapper]
public static partial class ProgrammeMapper
{
    public static Versioned<ProgrammeResponse> ToVersionedResponse(this Programme programme) => new(programme.ToResponse(), programme.Version);

    public static ProgrammeResponse ToResponse(this Programme p) => new(
        p.Id,
        p.Kind,
        p.Title,
        p.Description,
        p.OrganiserIndustryId,
        p.StartDate,
        p.EndDate,
        p.Seats,
        p.SeatsTaken,
        p.Budget,
        p.Certifications,
        p.KbliDivisions,
        p.Topics,
        p.Status,
        p.CompletedAt,
        [.. p.History.OrderBy(e => e.Sequence).Select(ToResponse)],
        p.CreatedAt,
        p.UpdatedAt,
        p.CreatedBy,
        p.UpdatedBy,
        p.Version);

    public static EnrolmentResponse ToResponse(this Enrolment e, string ikmName, Kecamatan kecamatan, int workforce) => new(
        e.ProgrammeId,
        e.IkmId,
        ikmName,
        kecamatan,
        workforce,
        e.Status,
        e.Applied,
        e.EnrolledAt,
        e.EnrolledBy,
        e.AttendancePercent,
        e.CompletedAt,
        e.CertificateType is { } type ? new ObtainedCertificateResponse(type, e.CertificateNumber, e.CertificateIssuer, e.CertificateValidUntil) : null,
        e.WorkforceAfter,
        e.Note);

    [MapperIgnoreSource(nameof(ProgrammeEvent.Id))]
    [MapperIgnoreSource(nameof(ProgrammeEvent.ProgrammeId))]
    [MapperIgnoreSource(nameof(ProgrammeEvent.Sequence))]
    private static partial ProgrammeEventResponse ToResponse(ProgrammeEvent programmeEvent);
}
