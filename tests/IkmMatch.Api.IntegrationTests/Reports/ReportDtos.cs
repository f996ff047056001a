namespace IkmMatch.Api.IntegrationTests.Reports;

// The reports as a client reads them.
public sealed record SummaryDto(IkmSummaryDto Ikm, IndustrySummaryDto Industries, NeedSummaryDto Needs, PartnershipSummaryDto Partnerships, FunnelDto Funnel);

public sealed record IkmSummaryDto(int Total, int Verified, Dictionary<string, int> ByKecamatan, Dictionary<string, int> ByKbliDivision);

public sealed record IndustrySummaryDto(int Total);

public sealed record NeedSummaryDto(int Total, Dictionary<string, int> ByStatus);

public sealed record PartnershipSummaryDto(
    int Total,
    Dictionary<string, int> ByStatus,
    Dictionary<string, int> ByPattern,
    long ActiveContractValue,
    long CompletedContractValue,
    int JobsCreated,
    decimal? AverageRating);

public sealed record FunnelDto(int Needs, int NeedsWithEligibleMatch, int Proposed, int Accepted, int Active, int Completed);

public sealed record CapabilityGapsDto(string? Kbli, string? Kecamatan, List<CapabilityGapDto> Gaps, List<UnservedNeedDto> NeedsWithoutEligibleIkm);

public sealed record CapabilityGapDto(string Code, int IkmBlocked, int Needs, long BudgetAtStake);

public sealed record UnservedNeedDto(Guid NeedId, string Title, string Kbli, Guid IndustryId, string IndustryName, long? Budget, DateOnly NeededBy, int Candidates);
