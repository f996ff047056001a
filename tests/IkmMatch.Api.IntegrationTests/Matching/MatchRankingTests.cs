using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// Ranking through HTTP over a registry built for it, in a database of its own, under the relevance-first model
/// (DESIGN §3). Every IKM is in Ciwandan (the buying industry is in Citangkil: location 0.7), unverified (0), without a
/// track record (0.5), with one capability named "Rak baja ringan" against the need "Fabrikasi rak gudang" /
/// "Rak baja untuk gudang" / [las, baja] ({fabrikasi, rak, gudang, las, baja}, all of them title or keyword terms). They
/// share "rak", and "baja" through the trade term "baja ringan" (light steel): one text figure t for all of them (0.4 with
/// the language data of this writing), and the KBLI agreement k decides their relevance r = t × (0.8 + 0.2 k) + 0.05 k:
/// <code>
/// exact 25111     k 1     r 0.45     the best of the same text
/// class 25119     k 0.75  r 0.4175
/// group 25120     k 0.5   r 0.385
/// division 25920  k 0.25  r 0.3525   (twins 25920 in Outside: location 0.3)
/// other 33121     k 0     r 0.32     "CV Perbaikan Mesin": outside the division, yet a candidate by its text — at least
///                                    0.2, sharing title terms (rak) — ranked after every code of the division
/// </code>
/// Fit (points = 100 × w × value × r ÷ Σw): 150 ton for 100 ton needed (1), a valid ISO9001 as one of the 6 quality
/// certificates (0.1667), location 0.7, track record 0.5, verification 0. Without ISO9001 (or with one expiring the day
/// before neededBy) the certificate value is 0 and the IKM is ineligible; 60 ton of 100 is a capacity of 0.6 and
/// ineligible unless partial supply is allowed. The tests hold the order, the eligibility verdicts and the arithmetic of
/// every breakdown (<see cref="MatchArithmetic"/>) rather than decimals that move with the language data.
/// </summary>
public sealed class MatchRankingTests(MatchRankingTests.Scenario scenario) : IClassFixture<MatchRankingTests.Scenario>
{
    private readonly HttpClient _client = scenario.Factory.CreateClient();

    public sealed class Scenario : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public DateOnly NeededBy { get; } = NeedTestData.InDays(200);

        public Guid Exact { get; private set; }

        public Guid SameClass { get; private set; }

        public Guid SameGroup { get; private set; }

        public Guid SameDivision { get; private set; }

        public Guid[] Twins { get; private set; } = [];

        public Guid NoIso { get; private set; }

        public Guid ExpiringIso { get; private set; }

        public Guid SmallCapacity { get; private set; }

        public Guid OtherDivision { get; private set; }

        public Guid Archived { get; private set; }

        public Guid Caterer { get; private set; }

        /// <summary>KBLI 25111, 100 ton, ISO9001 required, no partial supply.</summary>
        public Guid NeedStrict { get; private set; }

        /// <summary>As <see cref="NeedStrict"/>, with partial supply allowed.</summary>
        public Guid NeedPartial { get; private set; }

        public Guid CateringLunch { get; private set; }

        public Guid Pastries { get; private set; }

        public Guid Canteen { get; private set; }

        public Guid[] NotOpenCatering { get; private set; } = [];

        public Guid ArchivedIndustryNeed { get; private set; }

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            using var client = Factory.CreateClient();
            var validIso = TestData.Certification("ISO9001", NeedTestData.Iso(NeededBy.AddDays(365)));

            async Task<Guid> Ikm(string name, string kbli, decimal capacity = 150, JsonObject? certificate = null, string kecamatan = "Ciwandan", bool noCertificate = false)
            {
                var body = TestData.Ikm(
                    name: name,
                    kecamatan: kecamatan,
                    capabilities: [NeedTestData.Capability(kbli, capacity, "ton", "Rak baja ringan")],
                    certifications: noCertificate ? [] : [(certificate ?? validIso).DeepClone()]);
                return (await (await client.PostJsonAsync("/api/v1/ikms", body)).ShouldBeAsync<IkmDto>(HttpStatusCode.Created)).Id;
            }

            Exact = await Ikm("CV Subkelas Tepat", "25111");
            SameClass = await Ikm("CV Kelas Sama", "25119");
            SameGroup = await Ikm("CV Kelompok Sama", "25120");
            SameDivision = await Ikm("CV Golongan Sama", "25920");
            Twins = [await Ikm("CV Kembar Baja", "25920", kecamatan: "Outside"), await Ikm("CV Kembar Baja", "25920", kecamatan: "Outside")];
            NoIso = await Ikm("CV Tanpa ISO", "25111", noCertificate: true);
            ExpiringIso = await Ikm("CV ISO Kedaluwarsa", "25111", certificate: TestData.Certification("ISO9001", NeedTestData.Iso(NeededBy.AddDays(-1))));
            SmallCapacity = await Ikm("CV Kapasitas Kecil", "25111", capacity: 60);
            OtherDivision = await Ikm("CV Perbaikan Mesin", "33121");
            Archived = await Ikm("CV Arsip Baja", "25111");
            (await client.DeleteAsync($"/api/v1/ikms/{Archived}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

            var caterer = TestData.Ikm(
                name: "CV Katering Berkah",
                kecamatan: "Ciwandan",
                capabilities:
                [
                    NeedTestData.Capability("56290", 3000, "pax", "Katering makanan karyawan"),
                    NeedTestData.Capability("10792", 1000, "pcs", "Roti kue kering"),
                ],
                certifications: [TestData.Certification("Halal", null)]);
            Caterer = (await (await client.PostJsonAsync("/api/v1/ikms", caterer)).ShouldBeAsync<IkmDto>(HttpStatusCode.Created)).Id;

            var steelBuyer = await Industry(client, "Citangkil");
            var foodBuyer = await Industry(client, "Ciwandan");
            var leavingBuyer = await Industry(client, "Grogol");

            async Task<Guid> Need(JsonObject body) =>
                (await (await client.PostJsonAsync("/api/v1/needs", body)).ShouldBeAsync<NeedDto>(HttpStatusCode.Created)).Id;

            NeedStrict = await Need(NeedTestData.Need(steelBuyer, monthlyVolume: 100, required: ["ISO9001"], neededBy: NeededBy));
            NeedPartial = await Need(NeedTestData.Need(steelBuyer, monthlyVolume: 100, required: ["ISO9001"], neededBy: NeededBy, allowPartialSupply: true));

            JsonObject Catering(Guid industry, string kbli = "56290") => NeedTestData.Need(
                industry, kbli, "Katering makan siang karyawan", null, ["katering", "makanan"], 2000, "pax", ["Halal"], neededBy: NeededBy);
            CateringLunch = await Need(Catering(foodBuyer));
            Pastries = await Need(NeedTestData.Need(foodBuyer, "10792", "Kue kering untuk rapat", null, ["kue"], 500, "pcs", neededBy: NeededBy));
            Canteen = await Need(NeedTestData.Need(foodBuyer, "56101", "Makanan restoran kantin", null, [], 4000, "pax", neededBy: NeededBy));

            var closed = await Need(Catering(foodBuyer));
            var cancelled = await Need(Catering(foodBuyer, "10792"));
            var fulfilled = await Need(Catering(foodBuyer));
            (await client.PostAsync($"/api/v1/needs/{closed}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.PostAsync($"/api/v1/needs/{cancelled}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.PostJsonAsync($"/api/v1/needs/{fulfilled}/close", new { fulfilled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
            NotOpenCatering = [closed, cancelled, fulfilled];

            ArchivedIndustryNeed = await Need(Catering(leavingBuyer));
            (await client.DeleteAsync($"/api/v1/industries/{leavingBuyer}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

        private static async Task<Guid> Industry(HttpClient client, string kecamatan) =>
            (await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry(kecamatan: kecamatan))).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created)).Id;
    }

    private async Task<NeedMatchesDto> MatchesAsync(Guid needId, string query = "") =>
        await (await _client.GetAsync($"/api/v1/needs/{needId}/matches?{query}")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);

    private async Task<OpportunitiesDto> OpportunitiesAsync(Guid ikmId, string query = "") =>
        await (await _client.GetAsync($"/api/v1/ikms/{ikmId}/opportunities?{query}")).ShouldBeAsync<OpportunitiesDto>(HttpStatusCode.OK);

    /// <summary>Ids in the order the API breaks ties: by their lowercase text.</summary>
    private static Guid[] ByIdText(params Guid[] ids) => [.. ids.OrderBy(id => id.ToString(), StringComparer.Ordinal)];

    private static void ShouldBeWellFormed(List<MatchItemDto> items)
    {
        items.Select(i => i.Rank).ShouldBe(Enumerable.Range(1, items.Count));
        foreach (var item in items)
        {
            MatchArithmetic.ShouldAddUp(item.Breakdown, item.Score, item.IkmName);
            item.Eligible.ShouldBe(item.Unmet.Count == 0, item.IkmName);
        }
    }

    // ---- matches for a need ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task GetMatches_Default_ListsOnlyEligibleByKbliAgreementThenTwinsById()
    {
        var matches = await MatchesAsync(scenario.NeedStrict);

        matches.NeedId.ShouldBe(scenario.NeedStrict);
        matches.TotalCandidates.ShouldBe(10);
        matches.EligibleCandidates.ShouldBe(7);
        matches.Items.Select(i => i.IkmId).ShouldBe(
            [scenario.Exact, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, .. ByIdText(scenario.Twins), scenario.OtherDivision]);
        var scores = matches.Items.Select(i => i.Score).ToList();
        for (var i = 1; i < 5; i++)
        {
            scores[i].ShouldBeLessThan(scores[i - 1], $"rank {i + 1}");
        }

        scores[5].ShouldBe(scores[4]); // the twins
        scores[6].ShouldBeLessThan(scores[5]);
        matches.Items.ShouldAllBe(i => i.Eligible && i.Unmet.Count == 0);
        ShouldBeWellFormed(matches.Items);
    }

    [Fact]
    public async Task GetMatches_KbliAgreement_LiftsTheRelevanceOfTheSameTextAndIsExplained()
    {
        var matches = await MatchesAsync(scenario.NeedStrict);

        Guid[] codes = [scenario.Exact, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, scenario.OtherDivision];
        var five = codes.Select(id => matches.Items.Single(i => i.IkmId == id).Breakdown).ToList();
        var text = five[0].TextFigure();
        five.ShouldAllBe(b => b.TextFigure() == text); // one text, five codes
        five.Select(b => b.Relevance()).ShouldBe(
        [
            MatchArithmetic.RelevanceOf(text, 1m), MatchArithmetic.RelevanceOf(text, 0.75m), MatchArithmetic.RelevanceOf(text, 0.5m),
            MatchArithmetic.RelevanceOf(text, 0.25m), MatchArithmetic.RelevanceOf(text, 0m),
        ]);
        five.Select(b => b.Relevance()).ShouldBeInOrder(SortDirection.Descending);
        string[] kbli =
        [
            "KBLI 25111 matches 25111 exactly",
            "KBLI 25119 shares the class 2511 with 25111",
            "KBLI 25120 shares the group 251 with 25111",
            "KBLI 25920 shares only the division 25 with 25111",
            "KBLI 33121 is outside the need's division 25",
        ];
        for (var i = 0; i < 5; i++)
        {
            five[i].Criterion("relevance").Explanation.ShouldContain(kbli[i]);
        }

        var exact = matches.Items[0];
        exact.IkmName.ShouldBe("CV Subkelas Tepat");
        exact.Kecamatan.ShouldBe("Ciwandan");
        var r = exact.Breakdown.Relevance();
        var figure = r.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        var shown = text.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        var verdict = r switch
        {
            >= 0.6m => "does the job",
            >= 0.3m => "does part of the job",
            >= 0.1m => "is only loosely related to the job",
            _ => "does not appear to do the job",
        };
        exact.Breakdown.Criterion("relevance").Explanation.ShouldBe(
            $"'Rak baja ringan' shares 2 term(s) with the need: rak, baja ~ baja ringan (text {shown}); KBLI 25111 matches 25111 exactly: "
            + $"relevance {figure}, {verdict}; every other criterion counts × {figure}");
        exact.Breakdown.Criterion("capacity").Value.ShouldBe(1m);
        exact.Breakdown.Criterion("location").Value.ShouldBe(0.7m);
        exact.Breakdown.Criterion("trackRecord").Value.ShouldBe(0.5m);
        exact.Breakdown.Criterion("verification").Value.ShouldBe(0m);
        exact.Breakdown.Criterion("certifications").Explanation.ShouldContain("ISO9001");
    }

    [Fact]
    public async Task GetMatches_IncludeIneligible_AppendsThemAfterTheEligibleWithWhatTheyLack()
    {
        var neededBy = NeedTestData.Iso(scenario.NeededBy);

        var matches = await MatchesAsync(scenario.NeedStrict, "includeIneligible=true");

        matches.TotalCandidates.ShouldBe(10);
        matches.EligibleCandidates.ShouldBe(7);
        matches.Items.Select(i => i.IkmId).ShouldBe(
        [
            scenario.Exact, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, .. ByIdText(scenario.Twins), scenario.OtherDivision,
            .. ByIdText(scenario.NoIso, scenario.ExpiringIso), scenario.SmallCapacity,
        ]);
        matches.Items.Select(i => i.Eligible).ShouldBe([true, true, true, true, true, true, true, false, false, false]);
        ShouldBeWellFormed(matches.Items);

        var byId = matches.Items.ToDictionary(i => i.IkmId);
        // Without ISO9001 the exact code still does the job best: it outscores eligible IKM of other codes, and is listed after them.
        byId[scenario.NoIso].Score.ShouldBe(byId[scenario.ExpiringIso].Score);
        byId[scenario.NoIso].Score.ShouldBeGreaterThan(byId[scenario.SameClass].Score);
        byId[scenario.NoIso].Breakdown.Criterion("certifications").Value.ShouldBe(0m);
        byId[scenario.SmallCapacity].Score.ShouldBeLessThan(byId[scenario.Exact].Score);
        byId[scenario.NoIso].Unmet.ShouldBe([new UnmetDto("certification:ISO9001", $"no valid ISO9001 on {neededBy}")]);
        var expiring = byId[scenario.ExpiringIso].Unmet.ShouldHaveSingleItem();
        expiring.Code.ShouldBe("certification:ISO9001");
        expiring.Detail.ShouldBe($"ISO9001 expires {NeedTestData.Iso(scenario.NeededBy.AddDays(-1))}, before the needed-by date {neededBy}");
        var small = byId[scenario.SmallCapacity].Unmet.ShouldHaveSingleItem();
        small.Code.ShouldBe("capacity:60<100 ton");
        byId[scenario.SmallCapacity].Breakdown.Criterion("capacity").Value.ShouldBe(0.6m);
    }

    /// <summary>
    /// "CV Perbaikan Mesin" (33121) has the very text of the candidates in division 25, "Rak baja ringan": it shares the
    /// need's title terms and reaches the text figure that makes an IKM outside the division a candidate. Its code agrees
    /// in nothing (k = 0), so the same text earns it less relevance than any code of the division: eligible, and last of
    /// the eligible. The archived IKM and the caterer (nothing of the job) are no candidates.
    /// </summary>
    [Fact]
    public async Task GetMatches_OtherDivisionWhoseTextIsAboutTheJob_IsACandidateAfterEveryCodeOfTheDivision()
    {
        var matches = await MatchesAsync(scenario.NeedStrict, "includeIneligible=true&limit=100");

        var other = matches.Items.Single(i => i.IkmId == scenario.OtherDivision);
        other.Eligible.ShouldBeTrue();
        other.Rank.ShouldBe(matches.EligibleCandidates);
        other.Breakdown.TextFigure().ShouldBeGreaterThanOrEqualTo(0.2m);
        other.Breakdown.Relevance().ShouldBe(MatchArithmetic.RelevanceOf(other.Breakdown.TextFigure(), 0m));
        other.Breakdown.Criterion("relevance").Explanation.ShouldStartWith("'Rak baja ringan' shares ");
        var ids = matches.Items.Select(i => i.IkmId).ToList();
        ids.ShouldNotContain(scenario.Archived);
        ids.ShouldNotContain(scenario.Caterer);
        ids.Count.ShouldBe(matches.TotalCandidates);
    }

    [Fact]
    public async Task GetMatches_PartialSupplyAllowed_SmallCapacityStaysEligibleWithALowerCapacityScore()
    {
        var matches = await MatchesAsync(scenario.NeedPartial, "includeIneligible=true");

        matches.TotalCandidates.ShouldBe(10);
        matches.EligibleCandidates.ShouldBe(8);
        var eligible = matches.Items.Take(8).ToList();
        eligible.ShouldAllBe(i => i.Eligible);
        eligible.Select(i => i.IkmId).ShouldBe(
            [.. eligible.OrderByDescending(i => i.Score).ThenBy(i => i.IkmId.ToString(), StringComparer.Ordinal).Select(i => i.IkmId)]);
        eligible.Select(i => i.IkmId).ShouldBe(
            [scenario.Exact, scenario.SmallCapacity, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, .. ByIdText(scenario.Twins), scenario.OtherDivision],
            ignoreOrder: true);
        matches.Items.Skip(8).Select(i => i.IkmId).ShouldBe(ByIdText(scenario.NoIso, scenario.ExpiringIso));
        matches.Items[0].IkmId.ShouldBe(scenario.Exact);
        var small = matches.Items.Single(i => i.IkmId == scenario.SmallCapacity);
        small.Eligible.ShouldBeTrue();
        small.Unmet.ShouldBeEmpty();
        small.Score.ShouldBeLessThan(matches.Items[0].Score); // the same relevance, 60% of the capacity
        small.Breakdown.Relevance().ShouldBe(matches.Items[0].Breakdown.Relevance());
        var capacity = small.Breakdown.Criterion("capacity");
        capacity.Value.ShouldBe(0.6m);
        capacity.Points.ShouldBe(MatchArithmetic.Points(15m, 0.6m, small.Breakdown.Relevance()));
        capacity.Explanation.ShouldContain("partial supply allowed");
        matches.Items[0].Breakdown.Criterion("capacity").Points.ShouldBe(MatchArithmetic.Points(15m, 1m, matches.Items[0].Breakdown.Relevance()));
        ShouldBeWellFormed(matches.Items);
    }

    [Fact]
    public async Task GetMatches_Limit_TakesTheTopOfTheSameRanking()
    {
        var all = await MatchesAsync(scenario.NeedStrict, "includeIneligible=true");

        var two = await MatchesAsync(scenario.NeedStrict, "limit=2");
        var eight = await MatchesAsync(scenario.NeedStrict, "limit=8&includeIneligible=true");
        var one = await MatchesAsync(scenario.NeedStrict, "limit=1&includeIneligible=false");

        two.Items.ShouldBeEquivalentTo(all.Items.Take(2).ToList());
        eight.Items.ShouldBeEquivalentTo(all.Items.Take(8).ToList());
        eight.Items[6].Eligible.ShouldBeTrue();
        eight.Items[7].Eligible.ShouldBeFalse();
        one.Items.ShouldHaveSingleItem().IkmId.ShouldBe(scenario.Exact);
        new[] { two, eight, one }.ShouldAllBe(m => m.TotalCandidates == 10 && m.EligibleCandidates == 7);
    }

    [Fact]
    public async Task GetMatches_CalledTwice_GivesIdenticalJson()
    {
        var first = await (await _client.GetAsync($"/api/v1/needs/{scenario.NeedStrict}/matches?includeIneligible=true")).Content.ReadAsStringAsync();
        var second = await (await _client.GetAsync($"/api/v1/needs/{scenario.NeedStrict}/matches?includeIneligible=true")).Content.ReadAsStringAsync();

        second.ShouldBe(first);
        first.ShouldContain("\"totalCandidates\":10");
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("limit=-1")]
    [InlineData("limit=abc")]
    public async Task GetMatches_InvalidLimit_Returns400NamingLimit(string query)
    {
        var response = await _client.GetAsync($"/api/v1/needs/{scenario.NeedStrict}/matches?{query}");

        await response.ShouldBeValidationProblemAsync("limit");
    }

    [Fact]
    public async Task GetMatches_InvalidIncludeIneligible_Returns400()
    {
        var response = await _client.GetAsync($"/api/v1/needs/{scenario.NeedStrict}/matches?includeIneligible=maybe");

        await response.ShouldBeValidationProblemAsync("includeIneligible");
    }

    [Fact]
    public async Task GetMatches_LimitBounds_AreAccepted()
    {
        (await MatchesAsync(scenario.NeedStrict, "limit=1")).Items.Count.ShouldBe(1);
        (await MatchesAsync(scenario.NeedStrict, "limit=100&includeIneligible=true")).Items.Count.ShouldBe(10);
    }

    [Fact]
    public async Task GetMatches_UnknownNeed_Returns404()
    {
        var unknown = Guid.NewGuid();

        var problem = await (await _client.GetAsync($"/api/v1/needs/{unknown}/matches")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.GetProperty("detail").GetString()!.ShouldContain(unknown.ToString());
    }

    // ---- opportunities for an IKM --------------------------------------------------------------------------------------

    [Fact]
    public async Task GetOpportunities_RanksOpenNeedsByWhatTheIkmDoes()
    {
        // catering 56290 "Katering makan siang karyawan" [katering, makanan] against "Katering makanan karyawan", and pastries
        //   10792 "Kue kering untuk rapat" [kue] against "Roti kue kering": exact codes, each explained by its own capability,
        //   both eligible, in the order of their scores;
        // canteen 56101 "Makanan restoran kantin": makanan only, a division code → less relevant, and 3000 of 4000 pax: ineligible.
        var opportunities = await OpportunitiesAsync(scenario.Caterer, "includeIneligible=true");

        opportunities.IkmId.ShouldBe(scenario.Caterer);
        opportunities.TotalNeeds.ShouldBe(3);
        opportunities.EligibleNeeds.ShouldBe(2);
        opportunities.Items.Take(2).Select(i => i.NeedId).ShouldBe([scenario.CateringLunch, scenario.Pastries], ignoreOrder: true);
        opportunities.Items[2].NeedId.ShouldBe(scenario.Canteen);
        opportunities.Items.Take(2).Select(i => i.NeedId).ShouldBe(
            [.. opportunities.Items.Take(2).OrderByDescending(i => i.Score).ThenBy(i => i.NeedId.ToString(), StringComparer.Ordinal).Select(i => i.NeedId)]);
        opportunities.Items[2].Score.ShouldBeLessThan(opportunities.Items[1].Score);
        opportunities.Items.Select(i => i.Rank).ShouldBe([1, 2, 3]);
        opportunities.Items.Select(i => i.Eligible).ShouldBe([true, true, false]);
        opportunities.Items[2].Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:3000<4000 pax");
        var byNeed = opportunities.Items.ToDictionary(i => i.NeedId);
        byNeed[scenario.CateringLunch].Breakdown.Criterion("relevance").Explanation.ShouldStartWith("'Katering makanan karyawan' shares ");
        byNeed[scenario.CateringLunch].Breakdown.Criterion("relevance").Explanation.ShouldContain("katering");
        byNeed[scenario.Pastries].Breakdown.Criterion("relevance").Explanation.ShouldStartWith("'Roti kue kering' shares ");
        byNeed[scenario.Pastries].Breakdown.Criterion("relevance").Explanation.ShouldContain("kue");
        byNeed[scenario.Canteen].Breakdown.Relevance().ShouldBeLessThan(byNeed[scenario.Pastries].Breakdown.Relevance());
        var lunch = byNeed[scenario.CateringLunch];
        lunch.NeedTitle.ShouldBe("Katering makan siang karyawan");
        lunch.Kbli.ShouldBe("56290");
        lunch.IndustryName.ShouldBe("PT Baja Nusantara");
        lunch.NeededBy.ShouldBe(scenario.NeededBy);
        foreach (var item in opportunities.Items)
        {
            MatchArithmetic.ShouldAddUp(item.Breakdown, item.Score, item.NeedTitle);
        }

        var ids = opportunities.Items.Select(i => i.NeedId).ToList();
        scenario.NotOpenCatering.ShouldAllBe(id => !ids.Contains(id));
        ids.ShouldNotContain(scenario.ArchivedIndustryNeed);
        ids.ShouldNotContain(scenario.NeedStrict);
    }

    [Fact]
    public async Task GetOpportunities_Default_ListsOnlyEligibleNeeds()
    {
        var opportunities = await OpportunitiesAsync(scenario.Caterer);

        opportunities.TotalNeeds.ShouldBe(3);
        opportunities.EligibleNeeds.ShouldBe(2);
        var all = await OpportunitiesAsync(scenario.Caterer, "includeIneligible=true");
        opportunities.Items.Select(i => i.NeedId).ShouldBe(all.Items.Where(i => i.Eligible).Select(i => i.NeedId));
        opportunities.Items.Select(i => i.NeedId).ShouldBe([scenario.CateringLunch, scenario.Pastries], ignoreOrder: true);
        opportunities.Items.ShouldAllBe(i => i.Eligible && i.Unmet.Count == 0);
    }

    [Fact]
    public async Task GetOpportunities_SameScoresAsTheMatchesOfEachNeed()
    {
        var pairs = new (Guid Ikm, Guid[] Needs)[]
        {
            (scenario.Caterer, [scenario.CateringLunch, scenario.Pastries, scenario.Canteen]),
            (scenario.SmallCapacity, [scenario.NeedStrict, scenario.NeedPartial]),
            (scenario.ExpiringIso, [scenario.NeedStrict, scenario.NeedPartial]),
            (scenario.SameClass, [scenario.NeedStrict, scenario.NeedPartial]),
            (scenario.OtherDivision, [scenario.NeedStrict, scenario.NeedPartial]),
        };

        foreach (var (ikm, needs) in pairs)
        {
            var opportunities = await OpportunitiesAsync(ikm, "includeIneligible=true");
            opportunities.Items.Select(i => i.NeedId).ShouldBe(needs, ignoreOrder: true);
            foreach (var opportunity in opportunities.Items)
            {
                var match = (await MatchesAsync(opportunity.NeedId, "includeIneligible=true&limit=100")).Items.Single(i => i.IkmId == ikm);
                opportunity.Score.ShouldBe(match.Score, $"{ikm} for {opportunity.NeedId}");
                opportunity.Eligible.ShouldBe(match.Eligible);
                opportunity.Breakdown.ShouldBe(match.Breakdown);
                opportunity.Unmet.ShouldBe(match.Unmet);
            }
        }
    }

    [Fact]
    public async Task GetOpportunities_SmallCapacity_EligibleOnlyWhereThePartialSupplyIsAllowed()
    {
        var eligible = await OpportunitiesAsync(scenario.SmallCapacity);
        var all = await OpportunitiesAsync(scenario.SmallCapacity, "includeIneligible=true");

        eligible.Items.Select(i => i.NeedId).ShouldBe([scenario.NeedPartial]);
        all.Items.Select(i => i.NeedId).ShouldBe([scenario.NeedPartial, scenario.NeedStrict]);
        all.Items[1].Score.ShouldBe(all.Items[0].Score);
        all.Items[1].Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:60<100 ton");
        (all.TotalNeeds, all.EligibleNeeds).ShouldBe((2, 1));
    }

    [Fact]
    public async Task GetOpportunities_EqualScores_AreOrderedByNeedId()
    {
        var opportunities = await OpportunitiesAsync(scenario.Exact);

        opportunities.Items.Select(i => i.NeedId).ShouldBe(ByIdText(scenario.NeedStrict, scenario.NeedPartial));
        opportunities.Items.Count.ShouldBe(2);
        opportunities.Items[1].Score.ShouldBe(opportunities.Items[0].Score);
    }

    [Fact]
    public async Task GetOpportunities_Limit_TakesTheTop()
    {
        var opportunities = await OpportunitiesAsync(scenario.Caterer, "limit=1&includeIneligible=true");

        var all = await OpportunitiesAsync(scenario.Caterer, "includeIneligible=true");
        opportunities.Items.ShouldHaveSingleItem().NeedId.ShouldBe(all.Items[0].NeedId);
        opportunities.TotalNeeds.ShouldBe(3);
    }

    [Fact]
    public async Task GetOpportunities_ArchivedIkm_Returns409()
    {
        var problem = await (await _client.GetAsync($"/api/v1/ikms/{scenario.Archived}/opportunities")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.GetProperty("detail").GetString()!.ShouldContain("archived");
    }

    [Fact]
    public async Task GetOpportunities_UnknownIkm_Returns404()
    {
        await (await _client.GetAsync($"/api/v1/ikms/{Guid.NewGuid()}/opportunities")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetOpportunities_IkmOfAnotherDivisionWhoseTextIsAboutTheJob_IsOfferedTheNeeds()
    {
        var opportunities = await OpportunitiesAsync(scenario.OtherDivision, "includeIneligible=true");

        opportunities.Items.Select(i => i.NeedId).ShouldBe(ByIdText(scenario.NeedStrict, scenario.NeedPartial));
        (opportunities.TotalNeeds, opportunities.EligibleNeeds).ShouldBe((2, 2));
        opportunities.Items.ShouldAllBe(i => i.Breakdown[0].Explanation.Contains("KBLI 33121 is outside the need's division 25"));
        opportunities.Items.Select(i => i.NeedId).ShouldNotContain(scenario.CateringLunch);
    }

    [Fact]
    public async Task GetOpportunities_IkmNeitherInTheDivisionNorAboutTheJob_IsNotOffered()
    {
        var opportunities = await OpportunitiesAsync(scenario.Caterer, "includeIneligible=true&limit=100");

        opportunities.Items.Select(i => i.NeedId).ShouldNotContain(scenario.NeedStrict);
        opportunities.Items.Select(i => i.NeedId).ShouldNotContain(scenario.NeedPartial);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("limit=abc")]
    public async Task GetOpportunities_InvalidLimit_Returns400NamingLimit(string query)
    {
        var response = await _client.GetAsync($"/api/v1/ikms/{scenario.Caterer}/opportunities?{query}");

        await response.ShouldBeValidationProblemAsync("limit");
    }
}
