namespace IkmMatch.Domain.Partnerships;

/// <summary>
/// Proposed → Accepted → Active → Completed; Proposed → Rejected; Proposed/Accepted → Withdrawn; Active → Terminated.
/// </summary>
public enum PartnershipStatus
{
    Proposed,
    Accepted,
    Active,
    Completed,
    Rejected,
    Withdrawn,
    Terminated,
}

/// <summary>The actions of the life cycle, named as the API's routes name them.</summary>
public enum PartnershipAction
{
    Accept,
    Reject,
    Withdraw,
    Activate,
    Complete,
    Terminate,
}

public static class PartnershipLifeCycle
{
    /// <summary>Statuses in which a partnership still runs; at most one per (need, IKM).</summary>
    public static readonly IReadOnlyList<PartnershipStatus> NonTerminal =
        [PartnershipStatus.Proposed, PartnershipStatus.Accepted, PartnershipStatus.Active];

    public static bool IsTerminal(this PartnershipStatus status) => !NonTerminal.Contains(status);

    /// <summary>What may happen next from <paramref name="status"/>, and where it leads.</summary>
    public static IReadOnlyList<(PartnershipAction Action, PartnershipStatus To)> Allowed(PartnershipStatus status) => status switch
    {
        PartnershipStatus.Proposed =>
        [
            (PartnershipAction.Accept, PartnershipStatus.Accepted),
            (PartnershipAction.Reject, PartnershipStatus.Rejected),
            (PartnershipAction.Withdraw, PartnershipStatus.Withdrawn),
        ],
        PartnershipStatus.Accepted =>
        [
            (PartnershipAction.Activate, PartnershipStatus.Active),
            (PartnershipAction.Withdraw, PartnershipStatus.Withdrawn),
        ],
        PartnershipStatus.Active =>
        [
            (PartnershipAction.Complete, PartnershipStatus.Completed),
            (PartnershipAction.Terminate, PartnershipStatus.Terminated),
        ],
        _ => [],
    };

    public static string ActionName(this PartnershipAction action) => action.ToString().ToLowerInvariant();
}
