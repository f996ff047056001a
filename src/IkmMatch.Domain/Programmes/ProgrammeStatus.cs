namespace IkmMatch.Domain.Programmes;

/// <summary>Planned → OpenForEnrolment → Running → Completed; Cancelled from any of the first three.</summary>
public enum ProgrammeStatus
{
    Planned,
    OpenForEnrolment,
    Running,
    Completed,
    Cancelled,
}

/// <summary>The actions of a programme's life cycle, named as the API's routes name them.</summary>
public enum ProgrammeAction
{
    Open,
    Start,
    Complete,
    Cancel,
}

/// <summary>Where a participant stands: enrolled, completed the programme, or withdrawn (the seat is free again).</summary>
public enum EnrolmentStatus
{
    Enrolled,
    Completed,
    Withdrawn,
}

public static class ProgrammeLifeCycle
{
    /// <summary>What may happen next from <paramref name="status"/>, and where it leads.</summary>
    public static IReadOnlyList<(ProgrammeAction Action, ProgrammeStatus To)> Allowed(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Planned => [(ProgrammeAction.Open, ProgrammeStatus.OpenForEnrolment), (ProgrammeAction.Cancel, ProgrammeStatus.Cancelled)],
        ProgrammeStatus.OpenForEnrolment => [(ProgrammeAction.Start, ProgrammeStatus.Running), (ProgrammeAction.Cancel, ProgrammeStatus.Cancelled)],
        ProgrammeStatus.Running => [(ProgrammeAction.Complete, ProgrammeStatus.Completed), (ProgrammeAction.Cancel, ProgrammeStatus.Cancelled)],
        _ => [],
    };

    public static string ActionName(this ProgrammeAction action) => action.ToString().ToLowerInvariant();
}
