using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;

namespace IkmMatch.Domain.Partnerships;

/// <summary>
/// A partnership (kemitraan) between an IKM and a large industry, usually from a need, recorded through its whole
/// life. Every transition is appended to <see cref="History"/>; every change bumps <see cref="Version"/>.
/// </summary>
public sealed class Partnership : EventSource, IOwnedRecord
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    private readonly List<PartnershipEvent> _history = [];

    private Partnership()
    {
    }

    public Guid Id { get; private set; }

    public Guid? NeedId { get; private set; }

    public Guid IkmId { get; private set; }

    public Guid IndustryId { get; private set; }

    public PartnershipPattern Pattern { get; private set; }

    public PartnershipStatus Status { get; private set; }

    /// <summary>The match of the IKM for the need at the moment of the proposal; null without a need.</summary>
    public MatchResult? Match { get; private set; }

    /// <summary>Agreed contract value in whole rupiah, from activation.</summary>
    public long? ContractValue { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    /// <summary>The industry's rating of the outcome, 1–5, on completion.</summary>
    public int? Rating { get; private set; }

    /// <summary>Jobs the partnership created at the IKM (labour absorbed), on completion.</summary>
    public int? JobsCreated { get; private set; }

    public string? Notes { get; private set; }

    public IReadOnlyList<PartnershipEvent> History => _history;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    Guid? IOwnedRecord.OwnerIkmId => IkmId;

    Guid? IOwnedRecord.OwnerIndustryId => IndustryId;

    /// <summary>Proposes a partnership. With a need, <paramref name="match"/> is the match of that moment, kept as it was.</summary>
    public static Partnership Propose(
        Guid? needId,
        Guid ikmId,
        Guid industryId,
        PartnershipPattern pattern,
        MatchResult? match,
        string? notes,
        string actor,
        DateTimeOffset now)
    {
        var partnership = new Partnership
        {
            Id = Guid.CreateVersion7(now),
            NeedId = needId,
            IkmId = ikmId,
            IndustryId = industryId,
            Pattern = pattern,
            Status = PartnershipStatus.Proposed,
            Match = match,
            Notes = notes,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        partnership._history.Add(new PartnershipEvent(partnership.Id, 0, null, PartnershipStatus.Proposed, now, actor, notes));
        partnership.Changed(EventTypes.PartnershipProposed, now);
        return partnership;
    }

    public void Accept(string actor, string? note, DateTimeOffset now) => Move(PartnershipAction.Accept, actor, note, now);

    public void Reject(string actor, string reason, DateTimeOffset now) => Move(PartnershipAction.Reject, actor, Required(reason, "problem.reasonRequired"), now);

    public void Withdraw(string actor, string? reason, DateTimeOffset now) => Move(PartnershipAction.Withdraw, actor, reason, now);

    /// <summary>The agreement is signed: contract value (≥ 0) and its period (end on or after start).</summary>
    public void Activate(string actor, long contractValue, DateOnly startDate, DateOnly endDate, DateTimeOffset now)
    {
        EnsureAllowed(PartnershipAction.Activate);
        if (contractValue < 0)
        {
            throw new DomainRuleException(new Text("problem.contractValueNegative"));
        }

        if (endDate < startDate)
        {
            throw new DomainRuleException(new Text("problem.endBeforeStart"));
        }

        ContractValue = contractValue;
        StartDate = startDate;
        EndDate = endDate;
        Move(PartnershipAction.Activate, actor, $"contract {contractValue} IDR, {startDate:yyyy-MM-dd} to {endDate:yyyy-MM-dd}", now);
    }

    /// <summary>The outcome: a rating 1–5 and the jobs created (≥ 0), which feed the IKM's track record.</summary>
    public void Complete(string actor, int rating, int jobsCreated, string? note, DateTimeOffset now)
    {
        EnsureAllowed(PartnershipAction.Complete);
        if (rating is < MinRating or > MaxRating)
        {
            throw new DomainRuleException(new Text("problem.ratingRange", MinRating, MaxRating));
        }

        if (jobsCreated < 0)
        {
            throw new DomainRuleException(new Text("problem.jobsCreatedNegative"));
        }

        Rating = rating;
        JobsCreated = jobsCreated;
        Move(PartnershipAction.Complete, actor, note, now);
    }

    public void Terminate(string actor, string reason, DateTimeOffset now) => Move(PartnershipAction.Terminate, actor, Required(reason, "problem.reasonRequired"), now);

    private void Move(PartnershipAction action, string actor, string? note, DateTimeOffset now)
    {
        var to = EnsureAllowed(action);
        _history.Add(new PartnershipEvent(Id, _history.Count, Status, to, now, actor, note));
        Status = to;
        UpdatedAt = now;
        Version++;
        Changed(action switch
        {
            PartnershipAction.Accept => EventTypes.PartnershipAccepted,
            PartnershipAction.Reject => EventTypes.PartnershipRejected,
            PartnershipAction.Withdraw => EventTypes.PartnershipWithdrawn,
            PartnershipAction.Activate => EventTypes.PartnershipActivated,
            PartnershipAction.Complete => EventTypes.PartnershipCompleted,
            _ => EventTypes.PartnershipTerminated,
        }, now);
    }

    private void Changed(string type, DateTimeOffset now) => Raise(new DomainEvent(
        type, Id, IkmId, IndustryId, now, new Dictionary<string, object?>
        {
            ["needId"] = NeedId,
            ["ikmId"] = IkmId,
            ["industryId"] = IndustryId,
            ["version"] = Version,
            ["status"] = Status.ToString(),
        }));

    private PartnershipStatus EnsureAllowed(PartnershipAction action)
    {
        foreach (var (allowed, to) in PartnershipLifeCycle.Allowed(Status))
        {
            if (allowed == action)
            {
                return to;
            }
        }

        throw new InvalidTransitionException(Id, Status, action);
    }

    private static string Required(string? text, string key) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainRuleException(new Text(key)) : text.Trim();
}
