namespace IkmMatch.Application.Reports;

/// <summary>Where the programme stands.</summary>
public sealed record SummaryReport(
    IkmSummary Ikm,
    IndustrySummary Industries,
    NeedSummary Needs,
    PartnershipSummary Partnerships,
    Funnel Funnel);

/// <summary>Active IKM: how many, how many verified, per kecamatan and per KBLI division (an IKM counts once in each division it works in).</summary>
public sealed record IkmSummary(int Total, int Verified, IReadOnlyDictionary<string, int> ByKecamatan, IReadOnlyDictionary<string, int> ByKbliDivision);

/// <summary>Active large industries.</summary>
public sealed record IndustrySummary(int Total);

public sealed record NeedSummary(int Total, IReadOnlyDictionary<string, int> ByStatus);

/// <param name="ActiveContractValue">Sum of the contract values of active partnerships, whole rupiah.</param>
/// <param name="CompletedContractValue">Sum of the contract values of completed partnerships, whole rupiah.</param>
/// <param name="JobsCreated">Jobs created by completed partnerships (labour absorbed).</param>
/// <param name="AverageRating">Average rating of completed partnerships, null before the first.</param>
public sealed record PartnershipSummary(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByPattern,
    long ActiveContractValue,
    long CompletedContractValue,
    int JobsCreated,
    decimal? AverageRating);

/// <summary>
/// From needs to completed partnerships: all needs; the needs with at least one eligible active IKM today; and the
/// partnerships that were ever proposed, reached Accepted, reached Active, and were completed.
/// </summary>
public sealed record Funnel(int Needs, int NeedsWithEligibleMatch, int Proposed, int Accepted, int Active, int Completed);

/// <summary>What keeps IKM from open procurement, for planning training and certification facilitation.</summary>
/// <param name="Gaps">Unmet requirements of the candidates (active IKM) that are not eligible for open needs, grouped by code, most IKM blocked first.</param>
/// <param name="NeedsWithoutEligibleIkm">Open needs no active IKM is eligible for.</param>
public sealed record CapabilityGapsReport(string? Kbli, string? Kecamatan, IReadOnlyList<CapabilityGap> Gaps, IReadOnlyList<UnservedNeed> NeedsWithoutEligibleIkm);

/// <param name="Code"><c>certification:&lt;TYPE&gt;</c>, <c>tkdn</c> or <c>capacity</c> (too little, or none in the need's unit).</param>
/// <param name="IkmBlocked">IKM that miss this requirement for at least one open need.</param>
/// <param name="Needs">Open needs where it blocks at least one IKM.</param>
/// <param name="BudgetAtStake">Sum of the budgets of those needs, whole rupiah.</param>
public sealed record CapabilityGap(string Code, int IkmBlocked, int Needs, long BudgetAtStake);

/// <param name="Candidates">Active IKM that are candidates for the need (as in its matches), none of them eligible.</param>
public sealed record UnservedNeed(Guid NeedId, string Title, string Kbli, Guid IndustryId, string IndustryName, long? Budget, DateOnly NeededBy, int Candidates);
