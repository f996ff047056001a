using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>A certificate Disperindag has not verified counts as the IKM's claim, and the explanation says so.</summary>
public sealed class ClaimedCertificateTests
{
    private static readonly DateOnly NeededBy = new(2027, 3, 1);

    private static NeedToMatch Need() => new(
        "25111", "Fabrikasi rak baja", null, [], 10, CapacityUnit.Ton,
        [CertificationType.ISO9001], [CertificationType.SNI, CertificationType.ISO9001], null, NeededBy, false, Kecamatan.Ciwandan);

    private static CandidateToMatch Candidate(bool verified) => new(
        Guid.NewGuid(),
        Kecamatan.Ciwandan,
        Verified: true,
        [new CandidateCapability("25111", "Fabrikasi rak baja", null, 20, CapacityUnit.Ton)],
        [new CandidateCertification(CertificationType.ISO9001, null, null, verified), new CandidateCertification(CertificationType.SNI, null, null, Verified: true)],
        TrackRecord.None);

    [Fact]
    public void Score_UnverifiedCertificate_CountsAsAClaimAndTheExplanationSaysSo()
    {
        var scorer = new MatchScorer(MatchWeights.Default);

        var claimed = scorer.Score(Need(), Candidate(verified: false));
        var verified = scorer.Score(Need(), Candidate(verified: true));

        claimed.Eligible.ShouldBeTrue();
        claimed.Score.ShouldBe(verified.Score);
        var explanation = claimed.Breakdown.Single(c => c.Criterion == MatchCriteria.Certifications).Explanation.English();
        explanation.ShouldContain("ISO9001 (claimed, not yet verified by Disperindag)");
        explanation.ShouldContain("required ISO9001 counted as claimed");
        explanation.ShouldNotContain("SNI (claimed");
        verified.Breakdown.Single(c => c.Criterion == MatchCriteria.Certifications).Explanation.English().ShouldNotContain("claimed");
    }
}
