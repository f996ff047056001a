namespace IkmMatch.Domain.Common;

/// <summary>The types of <see cref="DomainEvent"/>: <c>record.change</c>, lower case, stable — other systems filter by them.</summary>
public static class EventTypes
{
    public const string IkmCreated = "ikm.created";
    public const string IkmUpdated = "ikm.updated";
    public const string IkmVerified = "ikm.verified";
    public const string IkmArchived = "ikm.archived";

    public const string IndustryCreated = "industry.created";
    public const string IndustryUpdated = "industry.updated";
    public const string IndustryArchived = "industry.archived";

    public const string NeedPosted = "need.posted";
    public const string NeedUpdated = "need.updated";
    public const string NeedClosed = "need.closed";
    public const string NeedCancelled = "need.cancelled";

    public const string PartnershipProposed = "partnership.proposed";
    public const string PartnershipAccepted = "partnership.accepted";
    public const string PartnershipRejected = "partnership.rejected";
    public const string PartnershipWithdrawn = "partnership.withdrawn";
    public const string PartnershipActivated = "partnership.activated";
    public const string PartnershipCompleted = "partnership.completed";
    public const string PartnershipTerminated = "partnership.terminated";

    /// <summary>Every type above, in the order written.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        IkmCreated, IkmUpdated, IkmVerified, IkmArchived,
        IndustryCreated, IndustryUpdated, IndustryArchived,
        NeedPosted, NeedUpdated, NeedClosed, NeedCancelled,
        PartnershipProposed, PartnershipAccepted, PartnershipRejected, PartnershipWithdrawn, PartnershipActivated,
        PartnershipCompleted, PartnershipTerminated,
    ];
}
