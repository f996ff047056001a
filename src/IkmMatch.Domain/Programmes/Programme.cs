using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.Programmes;

/// <summary>
/// A development programme (pembinaan IKM) — training, certification facilitation, machine restructuring, business
/// matching or mentoring — run by Disperindag or by a large industry, aimed at what keeps IKM from open needs: the
/// certificates it helps obtain and/or the KBLI divisions and topics it addresses. Its life cycle is kept in
/// <see cref="History"/>; its participants are <see cref="Enrolments"/>, never more holding a seat than
/// <see cref="Seats"/>. Every change bumps <see cref="Version"/>.
/// </summary>
public sealed class Programme : IAudited, IOwnedRecord
{
    private readonly List<ProgrammeEvent> _history = [];
    private readonly List<Enrolment> _enrolments = [];

    private Programme()
    {
    }

    public Guid Id { get; private set; }

    public ProgrammeKind Kind { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>The industry that runs the programme (within a partnership); null when Disperindag runs it.</summary>
    public Guid? OrganiserIndustryId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int Seats { get; private set; }

    /// <summary>Budget in whole rupiah.</summary>
    public long Budget { get; private set; }

    /// <summary>The certificates the programme helps its participants obtain.</summary>
    public CertificationType[] Certifications { get; private set; } = [];

    /// <summary>The KBLI divisions (2 digits) of the IKM it is for.</summary>
    public string[] KbliDivisions { get; private set; } = [];

    /// <summary>What it covers, in a few words each ("manajemen mutu", "pengelasan 3G").</summary>
    public string[] Topics { get; private set; } = [];

    public ProgrammeStatus Status { get; private set; }

    /// <summary>When it was completed: the 6- and 12-month windows of the impact report start here.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    public IReadOnlyList<ProgrammeEvent> History => _history;

    public IReadOnlyList<Enrolment> Enrolments => _enrolments;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string UpdatedBy { get; private set; } = string.Empty;

    public int Version { get; private set; }

    Guid? IOwnedRecord.OwnerIkmId => null;

    Guid? IOwnedRecord.OwnerIndustryId => OrganiserIndustryId;

    /// <summary>Seats held: participants enrolled or completed.</summary>
    public int SeatsTaken => _enrolments.Count(e => e.HoldsSeat);

    public static Programme Plan(ProgrammeDetails details, Guid? organiserIndustryId, string actor, DateTimeOffset now)
    {
        var programme = new Programme
        {
            Id = Guid.CreateVersion7(now),
            OrganiserIndustryId = organiserIndustryId,
            Status = ProgrammeStatus.Planned,
            CreatedAt = now,
            Version = 1,
        };
        programme.Apply(details, now);
        programme._history.Add(new ProgrammeEvent(programme.Id, 0, null, ProgrammeStatus.Planned, now, actor, null));
        return programme;
    }

    /// <summary>Replaces what the programme is; only while Planned or OpenForEnrolment, and never below the seats taken.</summary>
    public void Update(ProgrammeDetails details, DateTimeOffset now)
    {
        if (Status is not (ProgrammeStatus.Planned or ProgrammeStatus.OpenForEnrolment))
        {
            throw new DomainRuleException(new Text("problem.programmeNotEditable", Id.ToString(), Status.ToString()));
        }

        if (details.Seats < SeatsTaken)
        {
            throw new DomainRuleException(new Text("problem.seatsBelowTaken", details.Seats, SeatsTaken));
        }

        Apply(details, now);
        Version++;
    }

    public void Open(string actor, string? note, DateTimeOffset now) => Move(ProgrammeAction.Open, actor, note, now);

    public void Start(string actor, string? note, DateTimeOffset now) => Move(ProgrammeAction.Start, actor, note, now);

    public void Complete(string actor, string? note, DateTimeOffset now)
    {
        Move(ProgrammeAction.Complete, actor, note, now);
        CompletedAt = now;
    }

    public void Cancel(string actor, string reason, DateTimeOffset now) =>
        Move(ProgrammeAction.Cancel, actor, string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException(new Text("problem.reasonRequired")) : reason.Trim(), now);

    /// <summary>
    /// Takes an IKM in while the programme is open for enrolment and a seat is free. <paramref name="applied"/>: the IKM
    /// applied itself. An IKM that withdrew may come back; one that holds a seat may not take a second.
    /// </summary>
    public Enrolment Enrol(Guid ikmId, bool applied, string actor, DateTimeOffset now)
    {
        if (Status != ProgrammeStatus.OpenForEnrolment)
        {
            throw new DomainRuleException(new Text("problem.programmeNotOpenForEnrolment", Id.ToString(), Status.ToString()));
        }

        var existing = _enrolments.FirstOrDefault(e => e.IkmId == ikmId);
        if (existing is { HoldsSeat: true })
        {
            throw new DomainRuleException(new Text("problem.alreadyEnrolled", ikmId.ToString(), Id.ToString()));
        }

        if (SeatsTaken >= Seats)
        {
            throw new DomainRuleException(new Text("problem.programmeFull", Id.ToString(), Seats));
        }

        var enrolment = existing ?? new Enrolment(Id, ikmId, applied, actor, now);
        if (existing is null)
        {
            _enrolments.Add(enrolment);
        }
        else
        {
            existing.Rejoin(applied, actor, now);
        }

        Touch(now);
        return enrolment;
    }

    /// <summary>Records the share of sessions attended (0–100), once the programme runs.</summary>
    public Enrolment RecordAttendance(Guid ikmId, int percent, DateTimeOffset now)
    {
        if (percent is < 0 or > 100)
        {
            throw new DomainRuleException(new Text("problem.attendanceRange"));
        }

        var enrolment = Participant(ikmId, "attendance");
        enrolment.RecordAttendance(percent, now);
        Touch(now);
        return enrolment;
    }

    /// <summary>
    /// The participant completed the programme, with its outcome. Once the programme runs (or after it has completed:
    /// certificates often arrive later). The certificate is the IKM's to claim (<see cref="Ikm.ClaimCertificate"/>).
    /// </summary>
    public Enrolment CompleteEnrolment(Guid ikmId, EnrolmentOutcome outcome, DateTimeOffset now)
    {
        if (outcome.WorkforceAfter is < 0)
        {
            throw new DomainRuleException(new Text("problem.workforceNegative"));
        }

        var enrolment = Participant(ikmId, "completion");
        enrolment.Complete(outcome, now);
        Touch(now);
        return enrolment;
    }

    /// <summary>The participant leaves before completing; its seat is free again. Not after the programme has ended.</summary>
    public Enrolment WithdrawEnrolment(Guid ikmId, string? reason, DateTimeOffset now)
    {
        if (Status is ProgrammeStatus.Completed or ProgrammeStatus.Cancelled)
        {
            throw new DomainRuleException(new Text("problem.programmeEnded", Id.ToString(), Status.ToString()));
        }

        var enrolment = Enrolled(ikmId);
        enrolment.Withdraw(reason, now);
        Touch(now);
        return enrolment;
    }

    /// <summary>The enrolment of a participant still enrolled in a programme that runs or has completed.</summary>
    private Enrolment Participant(Guid ikmId, string what)
    {
        if (Status is not (ProgrammeStatus.Running or ProgrammeStatus.Completed))
        {
            throw new DomainRuleException(new Text("problem.programmeNotRunning." + what, Id.ToString(), Status.ToString()));
        }

        return Enrolled(ikmId);
    }

    private Enrolment Enrolled(Guid ikmId)
    {
        var enrolment = _enrolments.FirstOrDefault(e => e.IkmId == ikmId)
            ?? throw new DomainRuleException(new Text("problem.notEnrolled", ikmId.ToString(), Id.ToString()));
        return enrolment.Status == EnrolmentStatus.Enrolled
            ? enrolment
            : throw new DomainRuleException(new Text("problem.enrolmentNotEnrolled", ikmId.ToString(), enrolment.Status.ToString()));
    }

    private void Apply(ProgrammeDetails details, DateTimeOffset now)
    {
        if (details.EndDate < details.StartDate)
        {
            throw new DomainRuleException(new Text("problem.endBeforeStart"));
        }

        Kind = details.Kind;
        Title = details.Title;
        Description = details.Description;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Seats = details.Seats;
        Budget = details.Budget;
        Certifications = [.. details.Certifications.Distinct().Order()];
        KbliDivisions = [.. details.KbliDivisions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Topics = [.. details.Topics];
        UpdatedAt = now;
    }

    private void Move(ProgrammeAction action, string actor, string? note, DateTimeOffset now)
    {
        var to = EnsureAllowed(action);
        _history.Add(new ProgrammeEvent(Id, _history.Count, Status, to, now, actor, note));
        Status = to;
        Touch(now);
    }

    private ProgrammeStatus EnsureAllowed(ProgrammeAction action)
    {
        foreach (var (allowed, to) in ProgrammeLifeCycle.Allowed(Status))
        {
            if (allowed == action)
            {
                return to;
            }
        }

        throw new ProgrammeTransitionException(Id, Status, action);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    void IAudited.RecordActor(string actor, bool created)
    {
        if (created)
        {
            CreatedBy = actor;
        }

        UpdatedBy = actor;
    }
}

/// <summary>Everything a client states about a programme when planning or updating it.</summary>
public sealed record ProgrammeDetails(
    ProgrammeKind Kind,
    string Title,
    string? Description,
    DateOnly StartDate,
    DateOnly EndDate,
    int Seats,
    long Budget,
    IReadOnlyList<CertificationType> Certifications,
    IReadOnlyList<string> KbliDivisions,
    IReadOnlyList<string> Topics);
