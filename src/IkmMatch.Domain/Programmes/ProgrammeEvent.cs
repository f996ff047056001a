namespace IkmMatch.Domain.Programmes;

/// <summary>One step of a programme's history: from which status to which, when, by whom, and why.</summary>
public sealed class ProgrammeEvent
{
    private ProgrammeEvent()
    {
    }

    internal ProgrammeEvent(Guid programmeId, int sequence, ProgrammeStatus? from, ProgrammeStatus to, DateTimeOffset at, string actor, string? note)
    {
        Id = Guid.CreateVersion7(at);
        ProgrammeId = programmeId;
        Sequence = sequence;
        From = from;
        To = to;
        At = at;
        Actor = actor;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid ProgrammeId { get; private set; }

    /// <summary>0 for the plan, then 1, 2, … in the order the steps happened.</summary>
    public int Sequence { get; private set; }

    public ProgrammeStatus? From { get; private set; }

    public ProgrammeStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Who took the step: the caller's identity (key name or token subject), never a secret.</summary>
    public string Actor { get; private set; } = string.Empty;

    public string? Note { get; private set; }
}
