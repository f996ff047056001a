using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Reports;

/// <summary>
/// The programme reports over a small registry built for them, in a database of their own, every figure worked out
/// by hand. N is the needed-by date of N1 (N2 and N3 follow a day apart, so that they order by date); "far" is N + 1 year.
/// <code>
/// Industries  D1 Citangkil (active)   D2 Grogol (archived after its need N5 was cancelled)
///
/// IKM  kecamatan capabilities                      certificates                        verified
/// A    Ciwandan  25111 20 ton                       ISO9001 far, TKDN 50% far           yes
/// B    Ciwandan  25112 5 ton                        ISO9001 far                         no
/// C    Cilegon   25920 100 pcs, 10792 500 pcs       ISO9001 until N−1, Halal (no end)   yes
/// D    Cilegon   10792 1000 pcs                     Halal far, TKDN 30% far             no
/// E    Grogol    25111 50 ton                       —                                   archived
/// F    Grogol    33121 200 hour                     —                                   yes
/// → active 5, verified 3 (A C F); Ciwandan 2, Cilegon 2, Grogol 1; division 25: A B C, 10: C D, 33: F
///
/// Needs (D1 unless said; each with the test data's description "Rak baja untuk gudang" and keywords [las, baja])
///                                                                 eligible among its candidates
/// N1 Open      25111 10 ton, ISO9001, TKDN ≥ 40, budget 500 M     A ✓ · B capacity 5&lt;10, tkdn 0&lt;40 · C unit (pcs), ISO9001 expired, tkdn
/// N2 Open      25920 200 pcs partial, SMK3, budget 300 M          A unit, SMK3 · B unit, SMK3 · C SMK3 → nobody (3 candidates)
/// N3 Open      10792 800 pcs, Halal, TKDN ≥ 25, no budget         C capacity 500&lt;800, tkdn 0&lt;25 · D ✓
/// N4 Closed    25111 10 ton, budget 100 M                         A ✓
/// N5 Cancelled 33121 100 hour, ISO45001, budget 50 M (D2)         F lacks ISO45001 → nobody
/// N7 Fulfilled 10792 100 pcs, budget 10 M                         C ✓, D ✓
/// → needs 6: Open 3, Closed 1, Cancelled 1, Fulfilled 1; with an eligible IKM: N1 N3 N4 N7 = 4
/// Candidates are those of the matches (DESIGN §3): the active IKM of the need's division, and those elsewhere whose text is
/// about the job (a text figure of at least 0.2, sharing a title or keyword term). Here the second kind is empty: across
/// divisions the IKM share at most "baja" (A "Fabrikasi baja", B "Pagar baja") with a need's title and keyword terms, too
/// little of the job, so the candidates are the IKM of each need's division — ReportBeyondDivisionTests has a candidate
/// by text. In the division, an IKM counts whatever its text: C "Bubut komponen" is a candidate of N1 and blocked there.
///
/// Partnerships         pattern             path                                   contract   rating jobs
/// P1 N1 + A            SupplyChain         accept, activate, complete             200 M      5      4
/// P2 N1 + B            Subcontract         reject
/// P3 N3 + D            SupplyChain         accept, activate                       80 M
/// P4 N7 + C            GeneralTrade        accept, activate, complete             30 M       4      2
/// P5 A direct D1       NucleusPlasma       accept, withdraw
/// P6 N4 + A            SupplyChain         accept, activate, terminate            45 M
/// P7 N2 + C            Subcontract         (proposed)
/// P8 F direct D1       Outsourcing         accept, activate                       60 M
/// P9 D direct D1       DistributionAgency  accept, activate, complete             15 M       4      0
/// → 9: Completed 3, Active 2, Proposed 1, Rejected 1, Withdrawn 1, Terminated 1 (no Accepted key)
///   SupplyChain 3, Subcontract 2, GeneralTrade 1, NucleusPlasma 1, Outsourcing 1, DistributionAgency 1
///   active value 80 + 60 = 140 M; completed value 200 + 30 + 15 = 245 M (P6 terminated: neither); jobs 4 + 2 + 0 = 6;
///   average rating (5 + 4 + 4) / 3 = 4.33; funnel proposed 9, reached Accepted 7 (not P2 P7), Active 6 (not P5), Completed 3
///
/// Capability gaps over the open needs N1 N2 N3 (pairs of a need and an ineligible candidate):
///   capacity               (N1 B)(N1 C)(N2 A)(N2 B)(N3 C)  IKM A B C = 3, needs 3, budget 500 + 300 + none = 800 M
///   certification:SMK3     (N2 A)(N2 B)(N2 C)              IKM 3, needs 1, 300 M
///   tkdn                   (N1 B)(N1 C)(N3 C)              IKM B C = 2, needs N1 N3 = 2, 500 M
///   certification:ISO9001  (N1 C)                          IKM 1, needs 1, 500 M
///   ordered by IKM blocked, then code; without an eligible IKM: N2 (3 candidates)
/// </code>
/// </summary>
public sealed class ReportTests(ReportTests.Scenario scenario) : IClassFixture<ReportTests.Scenario>
{
    private const long M = 1_000_000;

    private readonly HttpClient _client = scenario.Factory.CreateClient();

    public sealed class Scenario : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public DateOnly N { get; } = NeedTestData.InDays(200);

        public Guid D1 { get; private set; }

        public string D1Name { get; } = "PT Baja Laporan";

        public Dictionary<string, Guid> Ikm { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Guid> Need { get; } = new(StringComparer.Ordinal);

        public Guid[] OpenNeeds => [Need["N1"], Need["N2"], Need["N3"]];

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            var api = new PartnershipApi(Factory.CreateClient());
            var client = api.Client;
            var far = NeedTestData.Iso(N.AddDays(365));

            async Task<Guid> Industry(string name, string kecamatan) =>
                (await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry(name: name, kecamatan: kecamatan)))
                    .ShouldBeAsync<IndustryDto>(HttpStatusCode.Created)).Id;

            D1 = await Industry(D1Name, "Citangkil");
            var d2 = await Industry("PT Kimia Pamit", "Grogol");

            async Task AddIkm(string key, string kecamatan, JsonArray capabilities, JsonArray certifications, bool verify)
            {
                var body = TestData.Ikm(name: $"CV Laporan {key}", kecamatan: kecamatan, capabilities: capabilities, certifications: certifications);
                var id = (await api.CreateIkmAsync(body)).Id;
                if (verify)
                {
                    (await client.PostAsync($"/api/v1/ikms/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
                }

                Ikm[key] = id;
            }

            await AddIkm("A", "Ciwandan", [NeedTestData.Capability("25111", 20, "ton", "Fabrikasi baja")],
                [TestData.Certification("ISO9001", far), TestData.Certification("TKDN", far, 50)], verify: true);
            await AddIkm("B", "Ciwandan", [NeedTestData.Capability("25112", 5, "ton", "Pagar baja")],
                [TestData.Certification("ISO9001", far)], verify: false);
            await AddIkm("C", "Cilegon",
                [NeedTestData.Capability("25920", 100, "pcs", "Bubut komponen"), NeedTestData.Capability("10792", 500, "pcs", "Kue kering")],
                [TestData.Certification("ISO9001", NeedTestData.Iso(N.AddDays(-1))), TestData.Certification("Halal", null)], verify: true);
            await AddIkm("D", "Cilegon", [NeedTestData.Capability("10792", 1000, "pcs", "Roti dan kue")],
                [TestData.Certification("Halal", far), TestData.Certification("TKDN", far, 30)], verify: false);
            await AddIkm("E", "Grogol", [NeedTestData.Capability("25111", 50, "ton", "Fabrikasi baja")], [], verify: false);
            (await client.DeleteAsync($"/api/v1/ikms/{Ikm["E"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            await AddIkm("F", "Grogol", [NeedTestData.Capability("33121", 200, "hour", "Perbaikan mesin")], [], verify: true);

            async Task NeedOf(string key, JsonObject body) => Need[key] = (await api.CreateNeedAsync(body)).Id;

            await NeedOf("N1", NeedTestData.Need(D1, "25111", "Rak baja gudang", monthlyVolume: 10, unit: "ton", required: ["ISO9001"], minTkdnPercent: 40, budget: 500 * M, neededBy: N));
            await NeedOf("N2", NeedTestData.Need(D1, "25920", "Komponen bubut", monthlyVolume: 200, unit: "pcs", required: ["SMK3"], budget: 300 * M, neededBy: N.AddDays(1), allowPartialSupply: true));
            await NeedOf("N3", NeedTestData.Need(D1, "10792", "Kue rapat", monthlyVolume: 800, unit: "pcs", required: ["Halal"], minTkdnPercent: 25, budget: null, neededBy: N.AddDays(2)));
            await NeedOf("N4", NeedTestData.Need(D1, "25111", "Rak baja tambahan", monthlyVolume: 10, unit: "ton", budget: 100 * M, neededBy: N));
            await NeedOf("N5", NeedTestData.Need(d2, "33121", "Perawatan pompa", monthlyVolume: 100, unit: "hour", required: ["ISO45001"], budget: 50 * M, neededBy: N));
            await NeedOf("N7", NeedTestData.Need(D1, "10792", "Kue lebaran", monthlyVolume: 100, unit: "pcs", budget: 10 * M, neededBy: N));

            async Task<Guid> Propose(string ikm, string pattern, string? need = null) =>
                (await api.ProposeAsync(need is null
                    ? PartnershipTestData.Proposal(Ikm[ikm], industryId: D1, pattern: pattern)
                    : PartnershipTestData.Proposal(Ikm[ikm], needId: Need[need], pattern: pattern))).Id;

            var p1 = await Propose("A", "SupplyChain", "N1");
            await api.MoveAsync(p1, "accept");
            await api.MoveAsync(p1, "activate", PartnershipTestData.Activation(200 * M));
            await api.MoveAsync(p1, "complete", PartnershipTestData.Completion(5, 4));

            var p2 = await Propose("B", "Subcontract", "N1");
            await api.MoveAsync(p2, "reject");

            var p3 = await Propose("D", "SupplyChain", "N3");
            await api.MoveAsync(p3, "accept");
            await api.MoveAsync(p3, "activate", PartnershipTestData.Activation(80 * M));

            var p4 = await Propose("C", "GeneralTrade", "N7");
            await api.MoveAsync(p4, "accept");
            await api.MoveAsync(p4, "activate", PartnershipTestData.Activation(30 * M));
            await api.MoveAsync(p4, "complete", PartnershipTestData.Completion(4, 2));

            var p5 = await Propose("A", "NucleusPlasma");
            await api.MoveAsync(p5, "accept");
            await api.MoveAsync(p5, "withdraw");

            var p6 = await Propose("A", "SupplyChain", "N4");
            await api.MoveAsync(p6, "accept");
            await api.MoveAsync(p6, "activate", PartnershipTestData.Activation(45 * M));
            await api.MoveAsync(p6, "terminate");

            await Propose("C", "Subcontract", "N2");

            var p8 = await Propose("F", "Outsourcing");
            await api.MoveAsync(p8, "accept");
            await api.MoveAsync(p8, "activate", PartnershipTestData.Activation(60 * M));

            var p9 = await Propose("D", "DistributionAgency");
            await api.MoveAsync(p9, "accept");
            await api.MoveAsync(p9, "activate", PartnershipTestData.Activation(15 * M));
            await api.MoveAsync(p9, "complete", PartnershipTestData.Completion(4, 0));

            (await client.PostAsync($"/api/v1/needs/{Need["N4"]}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.PostAsync($"/api/v1/needs/{Need["N5"]}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.PostJsonAsync($"/api/v1/needs/{Need["N7"]}/close", new { fulfilled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.DeleteAsync($"/api/v1/industries/{d2}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<SummaryDto> SummaryAsync() =>
        await (await _client.GetAsync("/api/v1/reports/summary")).ShouldBeAsync<SummaryDto>(HttpStatusCode.OK);

    private async Task<CapabilityGapsDto> GapsAsync(string query = "") =>
        await (await _client.GetAsync($"/api/v1/reports/capability-gaps?{query}")).ShouldBeAsync<CapabilityGapsDto>(HttpStatusCode.OK);

    private static string[] Counts(Dictionary<string, int> counts) =>
        [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")];

    private static string[] Gaps(CapabilityGapsDto report) =>
        [.. report.Gaps.Select(g => $"{g.Code} ikm={g.IkmBlocked} needs={g.Needs} budget={g.BudgetAtStake}")];

    private static string Gap(string code, int ikm, int needs, long budget) => $"{code} ikm={ikm} needs={needs} budget={budget}";

    // ---- summary ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Summary_Registry_CountsActiveIkmAndIndustriesOnly()
    {
        var summary = await SummaryAsync();

        summary.Ikm.Total.ShouldBe(5);
        summary.Ikm.Verified.ShouldBe(3);
        Counts(summary.Ikm.ByKecamatan).ShouldBe(["Cilegon=2", "Ciwandan=2", "Grogol=1"]);
        Counts(summary.Ikm.ByKbliDivision).ShouldBe(["10=2", "25=3", "33=1"]);
        summary.Industries.Total.ShouldBe(1);
    }

    [Fact]
    public async Task Summary_Needs_CountsEveryNeedByStatus()
    {
        var summary = await SummaryAsync();

        summary.Needs.Total.ShouldBe(6);
        Counts(summary.Needs.ByStatus).ShouldBe(["Cancelled=1", "Closed=1", "Fulfilled=1", "Open=3"]);
    }

    [Fact]
    public async Task Summary_Partnerships_ByStatusPatternValueJobsAndRating()
    {
        var summary = await SummaryAsync();

        var p = summary.Partnerships;
        p.Total.ShouldBe(9);
        Counts(p.ByStatus).ShouldBe(["Active=2", "Completed=3", "Proposed=1", "Rejected=1", "Terminated=1", "Withdrawn=1"]);
        Counts(p.ByPattern).ShouldBe(["DistributionAgency=1", "GeneralTrade=1", "NucleusPlasma=1", "Outsourcing=1", "Subcontract=2", "SupplyChain=3"]);
        p.ActiveContractValue.ShouldBe(140 * M);
        p.CompletedContractValue.ShouldBe(245 * M);
        p.JobsCreated.ShouldBe(6);
        p.AverageRating.ShouldBe(4.33m);
    }

    [Fact]
    public async Task Summary_Funnel_FromNeedsToCompletedPartnerships()
    {
        var summary = await SummaryAsync();

        summary.Funnel.ShouldBe(new FunnelDto(Needs: 6, NeedsWithEligibleMatch: 4, Proposed: 9, Accepted: 7, Active: 6, Completed: 3));
    }

    [Fact]
    public async Task Summary_Funnel_NeedsWithEligibleMatchAgreesWithTheMatchesOfEveryNeed()
    {
        var withEligible = 0;
        foreach (var need in scenario.Need.Values)
        {
            var matches = await (await _client.GetAsync($"/api/v1/needs/{need}/matches")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);
            withEligible += matches.EligibleCandidates > 0 ? 1 : 0;
        }

        (await SummaryAsync()).Funnel.NeedsWithEligibleMatch.ShouldBe(withEligible);
    }

    [Fact]
    public async Task Summary_WireNames_AreTheContract()
    {
        var body = JsonNode.Parse(await _client.GetStringAsync("/api/v1/reports/summary"))!.AsObject();

        body.Select(p => p.Key).ShouldBe(["ikm", "industries", "needs", "partnerships", "funnel"]);
        body["ikm"]!.AsObject().Select(p => p.Key).ShouldBe(["total", "verified", "byKecamatan", "byKbliDivision"]);
        body["partnerships"]!.AsObject().Select(p => p.Key).ShouldBe(
            ["total", "byStatus", "byPattern", "activeContractValue", "completedContractValue", "jobsCreated", "averageRating"]);
        body["funnel"]!.AsObject().Select(p => p.Key).ShouldBe(["needs", "needsWithEligibleMatch", "proposed", "accepted", "active", "completed"]);
    }

    // ---- capability gaps -------------------------------------------------------------------------------------------

    [Fact]
    public async Task CapabilityGaps_NoFilter_EveryGapAndTheUnservedNeed()
    {
        var report = await GapsAsync();

        report.Kbli.ShouldBeNull();
        report.Kecamatan.ShouldBeNull();
        Gaps(report).ShouldBe(
        [
            Gap("capacity", 3, 3, 800 * M),
            Gap("certification:SMK3", 3, 1, 300 * M),
            Gap("tkdn", 2, 2, 500 * M),
            Gap("certification:ISO9001", 1, 1, 500 * M),
        ]);
        report.NeedsWithoutEligibleIkm.ShouldBe(
        [
            new UnservedNeedDto(scenario.Need["N2"], "Komponen bubut", "25920", scenario.D1, scenario.D1Name, 300 * M, scenario.N.AddDays(1), 3),
        ]);
    }

    [Fact]
    public async Task CapabilityGaps_KbliDivision10_OnlyNeedsOfThatDivision()
    {
        // N3 only: C capacity and tkdn (its budget is none: 0 at stake); D is eligible, so nothing unserved.
        var report = await GapsAsync("kbli=10");

        report.Kbli.ShouldBe("10");
        Gaps(report).ShouldBe([Gap("capacity", 1, 1, 0), Gap("tkdn", 1, 1, 0)]);
        report.NeedsWithoutEligibleIkm.ShouldBeEmpty();
    }

    [Fact]
    public async Task CapabilityGaps_KbliDivision25_OnlyNeedsOfThatDivision()
    {
        // N1 and N2: capacity (N1 B)(N1 C)(N2 A)(N2 B); tkdn (N1 B)(N1 C) on N1 alone.
        var report = await GapsAsync("kbli=25");

        Gaps(report).ShouldBe(
        [
            Gap("capacity", 3, 2, 800 * M),
            Gap("certification:SMK3", 3, 1, 300 * M),
            Gap("tkdn", 2, 1, 500 * M),
            Gap("certification:ISO9001", 1, 1, 500 * M),
        ]);
        report.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe([(scenario.Need["N2"], 3)]);
    }

    [Fact]
    public async Task CapabilityGaps_DivisionWithoutOpenNeeds_IsEmpty()
    {
        var report = await GapsAsync("kbli=33");

        report.Gaps.ShouldBeEmpty();
        report.NeedsWithoutEligibleIkm.ShouldBeEmpty();
    }

    [Fact]
    public async Task CapabilityGaps_KecamatanCiwandan_OnlyItsIkm()
    {
        // A and B: capacity (N1 B)(N2 A)(N2 B), SMK3 (N2 A)(N2 B), tkdn (N1 B). N1 is served by A; no Ciwandan IKM can
        // make anything of division 10, so N3 has no eligible (and no candidate) IKM there.
        var report = await GapsAsync("kecamatan=Ciwandan");

        report.Kecamatan.ShouldBe("Ciwandan");
        Gaps(report).ShouldBe(
        [
            Gap("capacity", 2, 2, 800 * M),
            Gap("certification:SMK3", 2, 1, 300 * M),
            Gap("tkdn", 1, 1, 500 * M),
        ]);
        report.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe([(scenario.Need["N2"], 2), (scenario.Need["N3"], 0)]);
    }

    [Fact]
    public async Task CapabilityGaps_KecamatanCilegon_OnlyItsIkm()
    {
        // C and D: C is blocked everywhere (capacity N1 N3, ISO9001 N1, SMK3 N2, tkdn N1 N3); D serves N3.
        var report = await GapsAsync("kecamatan=Cilegon");

        Gaps(report).ShouldBe(
        [
            Gap("capacity", 1, 2, 500 * M),
            Gap("certification:ISO9001", 1, 1, 500 * M),
            Gap("certification:SMK3", 1, 1, 300 * M),
            Gap("tkdn", 1, 2, 500 * M),
        ]);
        report.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe([(scenario.Need["N1"], 1), (scenario.Need["N2"], 1)]);
    }

    [Fact]
    public async Task CapabilityGaps_KbliAndKecamatanTogether()
    {
        var report = await GapsAsync("kbli=25&kecamatan=Ciwandan");

        report.Kbli.ShouldBe("25");
        report.Kecamatan.ShouldBe("Ciwandan");
        Gaps(report).ShouldBe(
        [
            Gap("capacity", 2, 2, 800 * M),
            Gap("certification:SMK3", 2, 1, 300 * M),
            Gap("tkdn", 1, 1, 500 * M),
        ]);
        report.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe([(scenario.Need["N2"], 2)]);
    }

    [Fact]
    public async Task CapabilityGaps_KecamatanWithoutCandidates_EveryOpenNeedUnservedWithNoCandidate()
    {
        // Grogol has only F (division 33, no open need) and the archived E.
        var report = await GapsAsync("kecamatan=Grogol");

        report.Gaps.ShouldBeEmpty();
        report.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe(
            [(scenario.Need["N1"], 0), (scenario.Need["N2"], 0), (scenario.Need["N3"], 0)]);
    }

    [Theory]
    [InlineData("kbli=2", "kbli")]
    [InlineData("kbli=251", "kbli")]
    [InlineData("kbli=25111", "kbli")]
    [InlineData("kbli=ab", "kbli")]
    [InlineData("kecamatan=Mars", "kecamatan")]
    [InlineData("kecamatan=3", "kecamatan")]
    [InlineData("kecamatan=Ciwandan,Grogol", "kecamatan")]
    public async Task CapabilityGaps_BadFilter_Returns400NamingIt(string query, string field)
    {
        var response = await _client.GetAsync($"/api/v1/reports/capability-gaps?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    // ---- the SQL agrees with the scorer ----------------------------------------------------------------------------

    /// <summary>The scorer's unmet code as the report groups it: tkdn:0&lt;40 → tkdn; capacity:… and unit:… → capacity.</summary>
    private static string ReportCode(string code) => code switch
    {
        _ when code.StartsWith("tkdn:", StringComparison.Ordinal) => "tkdn",
        _ when code.StartsWith("capacity:", StringComparison.Ordinal) || code.StartsWith("unit:", StringComparison.Ordinal) => "capacity",
        _ => code,
    };

    [Theory]
    [InlineData("")]
    [InlineData("Ciwandan")]
    [InlineData("Cilegon")]
    [InlineData("Grogol")]
    public async Task CapabilityGaps_AgreeWithTheMatchesOfEveryOpenNeed(string kecamatan)
    {
        // The gaps and unserved needs recomputed from GET /needs/{id}/matches (the scorer) must be the report's (the SQL).
        var blocked = new Dictionary<string, (HashSet<Guid> Ikm, HashSet<Guid> Needs)>(StringComparer.Ordinal);
        var budgets = new Dictionary<Guid, long>();
        var unserved = new List<(Guid, int)>();
        foreach (var needId in scenario.OpenNeeds)
        {
            var need = await (await _client.GetAsync($"/api/v1/needs/{needId}")).ShouldBeAsync<NeedDto>(HttpStatusCode.OK);
            budgets[needId] = need.Budget ?? 0;
            var matches = await (await _client.GetAsync($"/api/v1/needs/{needId}/matches?includeIneligible=true&limit=100"))
                .ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);
            matches.Items.Count.ShouldBe(matches.TotalCandidates);
            var items = matches.Items.Where(i => kecamatan.Length == 0 || i.Kecamatan == kecamatan).ToList();
            if (!items.Any(i => i.Eligible))
            {
                unserved.Add((needId, items.Count));
            }

            foreach (var item in items)
            {
                item.Eligible.ShouldBe(item.Unmet.Count == 0);
                foreach (var code in item.Unmet.Select(u => ReportCode(u.Code)).Distinct())
                {
                    if (!blocked.TryGetValue(code, out var sets))
                    {
                        blocked[code] = sets = ([], []);
                    }

                    sets.Ikm.Add(item.IkmId);
                    sets.Needs.Add(needId);
                }
            }
        }

        var expected = blocked
            .Select(b => (Code: b.Key, Ikm: b.Value.Ikm.Count, Needs: b.Value.Needs.Count, Budget: b.Value.Needs.Sum(n => budgets[n])))
            .OrderByDescending(g => g.Ikm).ThenBy(g => g.Code, StringComparer.Ordinal)
            .Select(g => Gap(g.Code, g.Ikm, g.Needs, g.Budget))
            .ToList();

        var report = await GapsAsync(kecamatan.Length == 0 ? string.Empty : $"kecamatan={kecamatan}");

        Gaps(report).ShouldBe(expected);
        report.NeedsWithoutEligibleIkm.Select(n => (n.NeedId, n.Candidates)).ShouldBe(unserved);
    }

    [Fact]
    public async Task EligibleIkm_OfEveryOpenNeed_AreTheScorersEligibleCandidates()
    {
        // By hand: N1 → A, N2 → nobody, N3 → D. The matches say so, and the report serves exactly the needs that have one.
        var eligible = new Dictionary<Guid, Guid[]>();
        foreach (var needId in scenario.OpenNeeds)
        {
            var matches = await (await _client.GetAsync($"/api/v1/needs/{needId}/matches?limit=100")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);
            matches.Items.Count.ShouldBe(matches.EligibleCandidates);
            eligible[needId] = [.. matches.Items.Select(i => i.IkmId)];
        }

        eligible[scenario.Need["N1"]].ShouldBe([scenario.Ikm["A"]]);
        eligible[scenario.Need["N2"]].ShouldBeEmpty();
        eligible[scenario.Need["N3"]].ShouldBe([scenario.Ikm["D"]]);
        var unserved = (await GapsAsync()).NeedsWithoutEligibleIkm.Select(n => n.NeedId).ToList();
        scenario.OpenNeeds.Where(n => eligible[n].Length == 0).ShouldBe(unserved);
    }

    [Fact]
    public async Task Reports_CalledTwice_GiveIdenticalJson()
    {
        (await _client.GetStringAsync("/api/v1/reports/summary")).ShouldBe(await _client.GetStringAsync("/api/v1/reports/summary"));
        (await _client.GetStringAsync("/api/v1/reports/capability-gaps")).ShouldBe(await _client.GetStringAsync("/api/v1/reports/capability-gaps"));
        JsonDocument.Parse(await _client.GetStringAsync("/api/v1/reports/capability-gaps")).RootElement.GetProperty("gaps").GetArrayLength().ShouldBe(4);
    }
}
