namespace IkmMatch.Domain.Partnerships;

/// <summary>One step of a partnership's history: from which status to which, when, by whom, and why.</summary>
public sealed class PartnershipEvent
{
    private PartnershipEvent()
    {
    }

    internal PartnershipEvent(Guid partnershipId, int sequence, PartnershipStatus? from, PartnershipStatus to, DateTimeOffset at, string actor, string? note)
    {
        Id = Guid.CreateVersion7(at);
        PartnershipId = partnershipId;
        Sequence = sequence;
        From = from;
        To = to;
        At = at;
        Actor = actor;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    /// <summary>0 for the proposal, then 1, 2, … in the order the steps happened.</summary>
    public int Sequence { get; private set; }

    public PartnershipStatus? From { get; private set; }

    public PartnershipStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Who took the step: the caller's identity (key name or token subject), never a secret.</summary>
    public string Actor { get; private set; } = string.Empty;

    public string? Note { get; private set; }
}
