using System.Text.Json.Serialization;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Programmes;

/// <summary>A development programme as the API shows it, with its history; its participants are read from its enrolments.</summary>
/// <param name="OrganiserIndustryId">The industry that runs it; null when Disperindag does.</param>
/// <param name="SeatsTaken">Participants enrolled or completed.</param>
/// <param name="CompletedAt">When it was completed; the impact report's 6- and 12-month windows start here.</param>
public sealed record ProgrammeResponse(
    Guid Id,
    ProgrammeKind Kind,
    string Title,
    string? Description,
    Guid? OrganiserIndustryId,
    DateOnly StartDate,
    DateOnly EndDate,
    int Seats,
    int SeatsTaken,
    long Budget,
    IReadOnlyList<CertificationType> Certifications,
    IReadOnlyList<string> KbliDivisions,
    IReadOnlyList<string> Topics,
    ProgrammeStatus Status,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<ProgrammeEventResponse> History,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CreatedBy,
    string UpdatedBy,
    [property: JsonIgnore] int Version);

/// <summary>One step of the history.</summary>
public sealed record ProgrammeEventResponse(ProgrammeStatus? From, ProgrammeStatus To, DateTimeOffset At, string Actor, string? Note);

/// <summary>
/// One participant of a programme: the IKM (its name, kecamatan and workforce — never its owner's contact data), how it
/// came in, its attendance and its outcome.
/// </summary>
/// <param name="Applied">The IKM applied itself (rather than being enrolled by Disperindag or the organiser).</param>
/// <param name="Certificate">The certificate obtained through the programme, entered as the IKM's claim.</param>
public sealed record EnrolmentResponse(
    Guid ProgrammeId,
    Guid IkmId,
    string IkmName,
    Kecamatan Kecamatan,
    int Workforce,
    EnrolmentStatus Status,
    bool Applied,
    DateTimeOffset EnrolledAt,
    string EnrolledBy,
    int? AttendancePercent,
    DateTimeOffset? CompletedAt,
    ObtainedCertificateResponse? Certificate,
    int? WorkforceAfter,
    string? Note);

/// <summary>A certificate obtained through a programme, as the organiser recorded it.</summary>
public sealed record ObtainedCertificateResponse(CertificationType Type, string? Number, string? Issuer, DateOnly? ValidUntil);
