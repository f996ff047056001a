using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Reports;

/// <summary>
/// The reports take their candidates from the same evaluation as the matches (DESIGN §3): an IKM outside a need's KBLI
/// division whose capability text is clearly about the job counts in the funnel and the capability gaps, one that is not
/// about the job does not. A registry of its own, every figure by hand:
/// <code>
/// IKM  X  25920 "Servis dan perbaikan pompa industri" (overhaul pompa sentrifugal…) 30 unit, Ciwandan, no certificate
///      Y  10792 "Roti kue kering" 1000 pcs, Ciwandan
/// Needs of PT Pompa Laporan (Citangkil), no IKM registered in division 33:
///   R1 Open 33121 "Perbaikan pompa sentrifugal" 20 unit, CSMS required, 200 M   X a candidate by text, lacks CSMS → nobody
///   R2 Open 33122 "Overhaul pompa sentrifugal"  20 unit, nothing required, 100 M X a candidate by text, eligible
/// → funnel: 2 needs, 1 with an eligible IKM; gaps: certification:CSMS ikm 1, needs 1, 200 M; unserved R1 (1 candidate)
/// </code>
/// </summary>
public sealed class ReportBeyondDivisionTests(ReportBeyondDivisionTests.Scenario scenario) : IClassFixture<ReportBeyondDivisionTests.Scenario>
{
    private const long M = 1_000_000;

    private readonly HttpClient _client = scenario.Factory.CreateClient();

    public sealed class Scenario : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public DateOnly NeededBy { get; } = NeedTestData.InDays(200);

        public Guid Industry { get; private set; }

        public Guid X { get; private set; }

        public Guid Y { get; private set; }

        public Guid R1 { get; private set; }

        public Guid R2 { get; private set; }

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            var api = new PartnershipApi(Factory.CreateClient());
            Industry = (await (await api.Client.PostJsonAsync("/api/v1/industries", TestData.Industry(name: "PT Pompa Laporan", kecamatan: "Citangkil")))
                .ShouldBeAsync<IndustryDto>(HttpStatusCode.Created)).Id;
            X = (await api.CreateIkmAsync(TestData.Ikm(
                name: "CV Servis Pompa Jaya",
                capabilities: [NeedTestData.Capability("25920", 30, "unit", "Servis dan perbaikan pompa industri", "overhaul pompa sentrifugal, ganti seal dan bearing")],
                certifications: []))).Id;
            Y = (await api.CreateIkmAsync(TestData.Ikm(
                name: "CV Roti Manis",
                capabilities: [NeedTestData.Capability("10792", 1000, "pcs", "Roti kue kering")],
                certifications: []))).Id;
            R1 = (await api.CreateNeedAsync(NeedTestData.Need(
                Industry, "33121", "Perbaikan pompa sentrifugal", "Overhaul pompa sentrifugal di area utilitas", ["pompa", "sentrifugal"], 20, "unit",
                required: ["CSMS"], budget: 200 * M, neededBy: NeededBy))).Id;
            R2 = (await api.CreateNeedAsync(NeedTestData.Need(
                Industry, "33122", "Overhaul pompa sentrifugal", "Overhaul pompa sentrifugal di area utilitas", ["pompa"], 20, "unit",
                budget: 100 * M, neededBy: NeededBy.AddDays(1)))).Id;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<NeedMatchesDto> MatchesAsync(Guid needId) =>
        await (await _client.GetAsync($"/api/v1/needs/{needId}/matches?includeIneligible=true&limit=100")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);

    private async Task<CapabilityGapsDto> GapsAsync(string query = "") =>
        await (await _client.GetAsync($"/api/v1/reports/capability-gaps?{query}")).ShouldBeAsync<CapabilityGapsDto>(HttpStatusCode.OK);

    private static string[] Gaps(CapabilityGapsDto report) =>
        [.. report.Gaps.Select(g => $"{g.Code} ikm={g.IkmBlocked} needs={g.Needs} budget={g.BudgetAtStake}")];

    [Fact]
    public async Task Matches_TheTextCandidateIsTheOnlyCandidateOfBothNeeds()
    {
        var r1 = await MatchesAsync(scenario.R1);
        var r2 = await MatchesAsync(scenario.R2);

        r1.Items.Select(i => i.IkmId).ShouldBe([scenario.X]);
        (r1.TotalCandidates, r1.EligibleCandidates).ShouldBe((1, 0));
        r1.Items[0].Unmet.Select(u => u.Code).ShouldBe(["certification:CSMS"]);
        r2.Items.Select(i => i.IkmId).ShouldBe([scenario.X]);
        (r2.TotalCandidates, r2.EligibleCandidates).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Summary_Funnel_CountsANeedServedOnlyByAnIkmOfAnotherDivision()
    {
        var summary = await (await _client.GetAsync("/api/v1/reports/summary")).ShouldBeAsync<SummaryDto>(HttpStatusCode.OK);

        summary.Funnel.ShouldBe(new FunnelDto(Needs: 2, NeedsWithEligibleMatch: 1, Proposed: 0, Accepted: 0, Active: 0, Completed: 0));
    }

    [Fact]
    public async Task CapabilityGaps_CountTheTextCandidateAndListTheNeedItCannotServe()
    {
        var report = await GapsAsync();

        Gaps(report).ShouldBe(["certification:CSMS ikm=1 needs=1 budget=200000000"]);
        report.NeedsWithoutEligibleIkm.ShouldBe(
        [
            new UnservedNeedDto(scenario.R1, "Perbaikan pompa sentrifugal", "33121", scenario.Industry, "PT Pompa Laporan", 200 * M, scenario.NeededBy, 1),
        ]);
    }

    [Fact]
    public async Task CapabilityGaps_FilteredByTheNeedsDivisionOrTheIkmsKecamatan_KeepTheTextCandidate()
    {
        var division33 = await GapsAsync("kbli=33");
        var ciwandan = await GapsAsync("kecamatan=Ciwandan");
        var division25 = await GapsAsync("kbli=25"); // the division X is registered in: no need of it

        Gaps(division33).ShouldBe(["certification:CSMS ikm=1 needs=1 budget=200000000"]);
        division33.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe([(scenario.R1, 1)]);
        Gaps(ciwandan).ShouldBe(Gaps(division33));
        ciwandan.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe([(scenario.R1, 1)]);
        division25.Gaps.ShouldBeEmpty();
        division25.NeedsWithoutEligibleIkm.ShouldBeEmpty();
    }
}
