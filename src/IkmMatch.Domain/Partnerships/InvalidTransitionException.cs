using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.Partnerships;

/// <summary>A life-cycle action the current status does not allow. Names the status and the actions that are allowed.</summary>
public sealed class InvalidTransitionException(Guid partnershipId, PartnershipStatus current, PartnershipAction attempted)
    : LifeCycleException(Describe(partnershipId, current, attempted))
{
    public PartnershipStatus Current { get; } = current;

    public override string CurrentStatus => Current.ToString();

    public override IReadOnlyList<string> AllowedActions { get; } = [.. PartnershipLifeCycle.Allowed(current).Select(a => a.Action.ActionName())];

    private static Text Describe(Guid id, PartnershipStatus current, PartnershipAction attempted)
    {
        var allowed = PartnershipLifeCycle.Allowed(current).Select(a => a.Action.ActionName()).ToList();
        return allowed.Count == 0
            ? new Text("problem.transition.final", id.ToString(), current.ToString(), attempted.ActionName())
            : new Text("problem.transition", id.ToString(), current.ToString(), attempted.ActionName(), string.Join(", ", allowed));
    }
}
