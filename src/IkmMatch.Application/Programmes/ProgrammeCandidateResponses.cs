using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Programmes;

/// <summary>What holding a certificate would unlock for one IKM.</summary>
/// <param name="AlreadyHolds">The IKM holds the certificate valid today already (it unlocks nothing more).</param>
/// <param name="NeedsUnlocked">Open needs the IKM is a candidate for, not eligible for now, and would be eligible for holding it.</param>
/// <param name="BudgetUnlocked">Sum of their budgets, whole rupiah.</param>
/// <param name="Needs">Those needs, the largest budget first.</param>
public sealed record UnlocksResponse(Guid IkmId, CertificationType Certification, bool AlreadyHolds, int NeedsUnlocked, long BudgetUnlocked, IReadOnlyList<UnlockedNeed> Needs);

/// <summary>An open need that would become eligible.</summary>
public sealed record UnlockedNeed(Guid NeedId, string Title, string Kbli, Guid IndustryId, string IndustryName, long? Budget, DateOnly NeededBy);

/// <summary>The IKM a programme is aimed at, the most to gain first.</summary>
/// <param name="TotalCandidates">IKM not enrolled that lack what the programme addresses and are candidates, not eligible, for at least one open need it concerns.</param>
/// <param name="Items">Up to <c>limit</c> of them.</param>
public sealed record ProgrammeCandidatesResponse(Guid ProgrammeId, int TotalCandidates, IReadOnlyList<ProgrammeCandidate> Items);

/// <summary>One IKM the programme could help.</summary>
/// <param name="Lacking">The programme's certificates the IKM does not hold valid today.</param>
/// <param name="NeedsUnlocked">Open needs it would become eligible for on holding them (the same evaluation as matching).</param>
/// <param name="BudgetUnlocked">Sum of their budgets, whole rupiah.</param>
/// <param name="NeedsBlocked">Open needs the programme concerns that the IKM is a candidate for and not eligible for now.</param>
/// <param name="UnlockedNeedIds">The needs unlocked.</param>
public sealed record ProgrammeCandidate(
    int Rank,
    Guid IkmId,
    string IkmName,
    Kecamatan Kecamatan,
    IReadOnlyList<CertificationType> Lacking,
    int NeedsUnlocked,
    long BudgetUnlocked,
    int NeedsBlocked,
    IReadOnlyList<Guid> UnlockedNeedIds);
