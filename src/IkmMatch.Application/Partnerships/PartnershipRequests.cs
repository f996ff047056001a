using IkmMatch.Domain.Partnerships;

namespace IkmMatch.Application.Partnerships;

/// <summary>The body of <c>POST /api/v1/partnerships</c>: from a need (<see cref="NeedId"/>), or directly with an industry.</summary>
public sealed record PartnershipRequest
{
    /// <summary>The need the partnership answers; the industry is the need's. Give this or <see cref="IndustryId"/>.</summary>
    public Guid? NeedId { get; init; }

    /// <summary>The industry, for a partnership without a need (no match score). Give this or <see cref="NeedId"/>.</summary>
    public Guid? IndustryId { get; init; }

    public required Guid IkmId { get; init; }

    public required PartnershipPattern Pattern { get; init; }

    public string? Notes { get; init; }
}

/// <summary>Body of <c>accept</c> (optional).</summary>
public sealed record AcceptPartnershipRequest
{
    public string? Note { get; init; }
}

/// <summary>Body of <c>reject</c>.</summary>
public sealed record RejectPartnershipRequest
{
    public required string Reason { get; init; }
}

/// <summary>Body of <c>withdraw</c> (optional).</summary>
public sealed record WithdrawPartnershipRequest
{
    public string? Reason { get; init; }
}

/// <summary>Body of <c>activate</c>: the agreement.</summary>
public sealed record ActivatePartnershipRequest
{
    /// <summary>Contract value in whole rupiah, 0 or more.</summary>
    public required long ContractValue { get; init; }

    public required DateOnly StartDate { get; init; }

    /// <summary>On or after <see cref="StartDate"/>.</summary>
    public required DateOnly EndDate { get; init; }
}

/// <summary>Body of <c>complete</c>: the outcome.</summary>
public sealed record CompletePartnershipRequest
{
    /// <summary>The industry's rating of the outcome, 1–5.</summary>
    public required int Rating { get; init; }

    /// <summary>Jobs the partnership created at the IKM, 0 or more.</summary>
    public required int JobsCreated { get; init; }

    public string? Note { get; init; }
}

/// <summary>Body of <c>terminate</c>.</summary>
public sealed record TerminatePartnershipRequest
{
    public required string Reason { get; init; }
}
