using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Programmes;

/// <summary>
/// One IKM's place in a programme: how it came in (enrolled by the organiser or applied itself), its attendance, and the
/// outcome when it completes — the certificate obtained, the workforce after, a note. Changed only through its
/// <see cref="Programme"/>, which guards the seats and the states.
/// </summary>
public sealed class Enrolment
{
    private Enrolment()
    {
    }

    internal Enrolment(Guid programmeId, Guid ikmId, bool applied, string actor, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ProgrammeId = programmeId;
        IkmId = ikmId;
        Applied = applied;
        Status = EnrolmentStatus.Enrolled;
        EnrolledAt = now;
        EnrolledBy = actor;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public Guid IkmId { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    /// <summary>The IKM applied itself (rather than being enrolled by Disperindag or the organiser).</summary>
    public bool Applied { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    /// <summary>Who enrolled it (a key's name or a token's subject).</summary>
    public string EnrolledBy { get; private set; } = string.Empty;

    /// <summary>Share of the sessions attended, 0–100, as the organiser records it.</summary>
    public int? AttendancePercent { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The certificate obtained through the programme, if any; it entered the IKM's certificates as a claim.</summary>
    public CertificationType? CertificateType { get; private set; }

    public string? CertificateNumber { get; private set; }

    public string? CertificateIssuer { get; private set; }

    public DateOnly? CertificateValidUntil { get; private set; }

    /// <summary>The IKM's workforce after the programme, when the organiser knows it.</summary>
    public int? WorkforceAfter { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether the enrolment holds a seat.</summary>
    public bool HoldsSeat => Status != EnrolmentStatus.Withdrawn;

    internal void Rejoin(bool applied, string actor, DateTimeOffset now)
    {
        Status = EnrolmentStatus.Enrolled;
        Applied = applied;
        EnrolledAt = now;
        EnrolledBy = actor;
        AttendancePercent = null;
        Note = null;
        UpdatedAt = now;
    }

    internal void RecordAttendance(int percent, DateTimeOffset now)
    {
        AttendancePercent = percent;
        UpdatedAt = now;
    }

    internal void Complete(EnrolmentOutcome outcome, DateTimeOffset now)
    {
        Status = EnrolmentStatus.Completed;
        CompletedAt = now;
        CertificateType = outcome.Certificate?.Type;
        CertificateNumber = outcome.Certificate?.Number;
        CertificateIssuer = outcome.Certificate?.Issuer;
        CertificateValidUntil = outcome.Certificate?.ValidUntil;
        WorkforceAfter = outcome.WorkforceAfter;
        Note = outcome.Note;
        UpdatedAt = now;
    }

    internal void Withdraw(string? reason, DateTimeOffset now)
    {
        Status = EnrolmentStatus.Withdrawn;
        Note = reason;
        UpdatedAt = now;
    }
}

/// <summary>What a participant came out with: a certificate (type, number, issuer, validity), its workforce after, a note.</summary>
public sealed record EnrolmentOutcome(CertificationData? Certificate, int? WorkforceAfter, string? Note);
