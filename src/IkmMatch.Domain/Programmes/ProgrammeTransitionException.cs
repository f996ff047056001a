using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Programmes;

/// <summary>A life-cycle action the programme's current status does not allow. Names the status and the actions that are allowed.</summary>
public sealed class ProgrammeTransitionException(Guid programmeId, ProgrammeStatus current, ProgrammeAction attempted)
    : LifeCycleException(Describe(programmeId, current, attempted))
{
    public ProgrammeStatus Current { get; } = current;

    public override string CurrentStatus => Current.ToString();

    public override IReadOnlyList<string> AllowedActions { get; } = [.. ProgrammeLifeCycle.Allowed(current).Select(a => a.Action.ActionName())];

    private static Text Describe(Guid id, ProgrammeStatus current, ProgrammeAction attempted)
    {
        var allowed = ProgrammeLifeCycle.Allowed(current).Select(a => a.Action.ActionName()).ToList();
        return allowed.Count == 0
            ? new Text("problem.programmeTransition.final", id.ToString(), current.ToString(), attempted.ActionName())
            : new Text("problem.programmeTransition", id.ToString(), current.ToString(), attempted.ActionName(), string.Join(", ", allowed));
    }
}
