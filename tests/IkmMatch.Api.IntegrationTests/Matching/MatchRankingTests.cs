using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// Ranking through HTTP over a registry built for it, in a database of its own. Every IKM is in Ciwandan (the buying
/// industry is in Citangkil: location 0.7), unverified, without a track record (0.5), with one capability named
/// "Rak baja ringan" ({baja, rak, ringan}) against a need "Fabrikasi rak gudang" / "Rak baja untuk gudang" / [las, baja]
/// ({baja, fabrikasi, gudang, las, rak}): text 2 / min(5, 3) = 0.6667 → 13.33 points. With a valid ISO9001 as the only
/// quality certificate (1 of 5 = 0.2 → 2 points) and 150 ton for 100 ton needed (15 points):
/// <code>
/// exact 25111    30    + 13.33 + 15 + 2 + 7 + 5 = 72.33
/// class 25119    22.5  + 13.33 + 15 + 2 + 7 + 5 = 64.83
/// group 25120    15    + 13.33 + 15 + 2 + 7 + 5 = 57.33
/// division 25920  7.5  + 13.33 + 15 + 2 + 7 + 5 = 49.83
/// twins 25920 in Outside (location 0.3 → 3):      45.83 each
/// no ISO9001 / ISO9001 expiring the day before neededBy: 30 + 13.33 + 15 + 0 + 7 + 5 = 70.33, ineligible
/// 60 ton of 100: capacity 0.6 → 9: 30 + 13.33 + 9 + 2 + 7 + 5 = 66.33, ineligible unless partial supply is allowed
/// </code>
/// </summary>
public sealed class MatchRankingTests(MatchRankingTests.Scenario scenario) : IClassFixture<MatchRankingTests.Scenario>
{
    private static readonly string[] SevenCriteria =
        ["category", "capabilityText", "capacity", "certifications", "location", "trackRecord", "verification"];

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
            item.Breakdown.Select(c => c.Criterion).ShouldBe(SevenCriteria, item.IkmName);
            item.Breakdown.Sum(c => c.Points).ShouldBe(item.Score, item.IkmName);
            item.Breakdown.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Explanation));
            item.Breakdown.Select(c => c.Weight).ShouldBe([30m, 20m, 15m, 10m, 10m, 10m, 5m]);
            item.Eligible.ShouldBe(item.Unmet.Count == 0, item.IkmName);
        }
    }

    // ---- matches for a need ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task GetMatches_Default_ListsOnlyEligibleByKbliAgreementThenTwinsById()
    {
        var matches = await MatchesAsync(scenario.NeedStrict);

        matches.NeedId.ShouldBe(scenario.NeedStrict);
        matches.TotalCandidates.ShouldBe(9);
        matches.EligibleCandidates.ShouldBe(6);
        matches.Items.Select(i => i.IkmId).ShouldBe(
            [scenario.Exact, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, .. ByIdText(scenario.Twins)]);
        matches.Items.Select(i => i.Score).ShouldBe([72.33m, 64.83m, 57.33m, 49.83m, 45.83m, 45.83m]);
        matches.Items.ShouldAllBe(i => i.Eligible && i.Unmet.Count == 0);
        ShouldBeWellFormed(matches.Items);
    }

    [Fact]
    public async Task GetMatches_KbliAgreement_ScoresCategoryAndExplainsIt()
    {
        var matches = await MatchesAsync(scenario.NeedStrict);

        var categories = matches.Items.Take(4).Select(i => i.Breakdown[0]).ToList();
        categories.Select(c => (c.Value, c.Points)).ShouldBe([(1m, 30m), (0.75m, 22.5m), (0.5m, 15m), (0.25m, 7.5m)]);
        categories.Select(c => c.Explanation).ShouldBe(
        [
            "KBLI 25111 matches 25111 exactly",
            "KBLI 25119 shares the class 2511 with 25111",
            "KBLI 25120 shares the group 251 with 25111",
            "KBLI 25920 shares only the division 25 with 25111",
        ]);
        var exact = matches.Items[0];
        exact.IkmName.ShouldBe("CV Subkelas Tepat");
        exact.Kecamatan.ShouldBe("Ciwandan");
        exact.Breakdown.Select(c => c.Points).ShouldBe([30m, 13.33m, 15m, 2m, 7m, 5m, 0m]);
        exact.Breakdown[1].Explanation.ShouldBe("'Rak baja ringan' shares 2 word(s) with the need: baja, rak");
    }

    [Fact]
    public async Task GetMatches_IncludeIneligible_AppendsThemAfterTheEligibleWithWhatTheyLack()
    {
        var neededBy = LanguageFormat.Date(scenario.NeededBy, Language.En);

        var matches = await MatchesAsync(scenario.NeedStrict, "includeIneligible=true");

        matches.TotalCandidates.ShouldBe(9);
        matches.EligibleCandidates.ShouldBe(6);
        matches.Items.Select(i => i.IkmId).ShouldBe(
        [
            scenario.Exact, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, .. ByIdText(scenario.Twins),
            .. ByIdText(scenario.NoIso, scenario.ExpiringIso), scenario.SmallCapacity,
        ]);
        matches.Items.Select(i => i.Eligible).ShouldBe([true, true, true, true, true, true, false, false, false]);
        matches.Items.Skip(6).Select(i => i.Score).ShouldBe([70.33m, 70.33m, 66.33m]);
        ShouldBeWellFormed(matches.Items);

        var byId = matches.Items.ToDictionary(i => i.IkmId);
        byId[scenario.NoIso].Unmet.ShouldBe([new UnmetDto("certification:ISO9001", $"no valid ISO9001 on {neededBy}")]);
        var expiring = byId[scenario.ExpiringIso].Unmet.ShouldHaveSingleItem();
        expiring.Code.ShouldBe("certification:ISO9001");
        expiring.Detail.ShouldBe($"ISO9001 expires {LanguageFormat.Date(scenario.NeededBy.AddDays(-1), Language.En)}, before the needed-by date {neededBy}");
        var small = byId[scenario.SmallCapacity].Unmet.ShouldHaveSingleItem();
        small.Code.ShouldBe("capacity:60<100 ton");
        byId[scenario.SmallCapacity].Breakdown[2].Value.ShouldBe(0.6m);
    }

    [Fact]
    public async Task GetMatches_OtherDivisionAndArchivedIkm_AreNeverCandidates()
    {
        var matches = await MatchesAsync(scenario.NeedStrict, "includeIneligible=true&limit=100");

        var ids = matches.Items.Select(i => i.IkmId).ToList();
        ids.ShouldNotContain(scenario.OtherDivision);
        ids.ShouldNotContain(scenario.Archived);
        ids.ShouldNotContain(scenario.Caterer);
        ids.Count.ShouldBe(matches.TotalCandidates);
    }

    [Fact]
    public async Task GetMatches_PartialSupplyAllowed_SmallCapacityStaysEligibleWithALowerCapacityScore()
    {
        var matches = await MatchesAsync(scenario.NeedPartial, "includeIneligible=true");

        matches.TotalCandidates.ShouldBe(9);
        matches.EligibleCandidates.ShouldBe(7);
        matches.Items.Select(i => i.IkmId).ShouldBe(
        [
            scenario.Exact, scenario.SmallCapacity, scenario.SameClass, scenario.SameGroup, scenario.SameDivision, .. ByIdText(scenario.Twins),
            .. ByIdText(scenario.NoIso, scenario.ExpiringIso),
        ]);
        var small = matches.Items[1];
        small.Eligible.ShouldBeTrue();
        small.Unmet.ShouldBeEmpty();
        small.Score.ShouldBe(66.33m);
        small.Breakdown[2].Value.ShouldBe(0.6m);
        small.Breakdown[2].Points.ShouldBe(9m);
        small.Breakdown[2].Explanation.ShouldContain("partial supply allowed");
        matches.Items[0].Breakdown[2].Points.ShouldBe(15m);
        ShouldBeWellFormed(matches.Items);
    }

    [Fact]
    public async Task GetMatches_Limit_TakesTheTopOfTheSameRanking()
    {
        var all = await MatchesAsync(scenario.NeedStrict, "includeIneligible=true");

        var two = await MatchesAsync(scenario.NeedStrict, "limit=2");
        var seven = await MatchesAsync(scenario.NeedStrict, "limit=7&includeIneligible=true");
        var one = await MatchesAsync(scenario.NeedStrict, "limit=1&includeIneligible=false");

        two.Items.ShouldBeEquivalentTo(all.Items.Take(2).ToList());
        seven.Items.ShouldBeEquivalentTo(all.Items.Take(7).ToList());
        seven.Items[6].Eligible.ShouldBeFalse();
        one.Items.ShouldHaveSingleItem().IkmId.ShouldBe(scenario.Exact);
        new[] { two, seven, one }.ShouldAllBe(m => m.TotalCandidates == 9 && m.EligibleCandidates == 6);
    }

    [Fact]
    public async Task GetMatches_CalledTwice_GivesIdenticalJson()
    {
        var first = await (await _client.GetAsync($"/api/v1/needs/{scenario.NeedStrict}/matches?includeIneligible=true")).Content.ReadAsStringAsync();
        var second = await (await _client.GetAsync($"/api/v1/needs/{scenario.NeedStrict}/matches?includeIneligible=true")).Content.ReadAsStringAsync();

        second.ShouldBe(first);
        first.ShouldContain("\"totalCandidates\":9");
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
        (await MatchesAsync(scenario.NeedStrict, "limit=100&includeIneligible=true")).Items.Count.ShouldBe(9);
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
    public async Task GetOpportunities_RanksOpenNeedsOfTheIkmsDivisionsOnly()
    {
        // catering 56290 for 56290: 30 + text {karyawan, katering, makanan} ⊂ need → 20 + 3000 ≥ 2000 → 15 + no quality
        //   certificate 0 + same kecamatan 10 + 5 + 0 = 80
        // pastries 10792: 30 + {kering, kue} of {kering, kue, rapat} → 0.6667 → 13.33 + 15 + 0 + 10 + 5 = 73.33
        // canteen 56101 against 56290: 7.5 + {makanan} 1/3 → 6.67 + 3000/4000 = 0.75 → 11.25 + 0 + 10 + 5 = 40.42, ineligible
        var opportunities = await OpportunitiesAsync(scenario.Caterer, "includeIneligible=true");

        opportunities.IkmId.ShouldBe(scenario.Caterer);
        opportunities.TotalNeeds.ShouldBe(3);
        opportunities.EligibleNeeds.ShouldBe(2);
        opportunities.Items.Select(i => i.NeedId).ShouldBe([scenario.CateringLunch, scenario.Pastries, scenario.Canteen]);
        opportunities.Items.Select(i => i.Score).ShouldBe([80m, 73.33m, 40.42m]);
        opportunities.Items.Select(i => i.Rank).ShouldBe([1, 2, 3]);
        opportunities.Items.Select(i => i.Eligible).ShouldBe([true, true, false]);
        opportunities.Items[2].Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:3000<4000 pax");
        opportunities.Items[0].NeedTitle.ShouldBe("Katering makan siang karyawan");
        opportunities.Items[0].Kbli.ShouldBe("56290");
        opportunities.Items[0].IndustryName.ShouldBe("PT Baja Nusantara");
        opportunities.Items[0].NeededBy.ShouldBe(scenario.NeededBy);
        foreach (var item in opportunities.Items)
        {
            item.Breakdown.Select(c => c.Criterion).ShouldBe(SevenCriteria);
            item.Breakdown.Sum(c => c.Points).ShouldBe(item.Score);
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
        opportunities.Items.Select(i => i.NeedId).ShouldBe([scenario.CateringLunch, scenario.Pastries]);
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
        all.Items.Select(i => i.Score).ShouldBe([66.33m, 66.33m]);
        all.Items[1].Unmet.ShouldHaveSingleItem().Code.ShouldBe("capacity:60<100 ton");
        (all.TotalNeeds, all.EligibleNeeds).ShouldBe((2, 1));
    }

    [Fact]
    public async Task GetOpportunities_EqualScores_AreOrderedByNeedId()
    {
        var opportunities = await OpportunitiesAsync(scenario.Exact);

        opportunities.Items.Select(i => i.NeedId).ShouldBe(ByIdText(scenario.NeedStrict, scenario.NeedPartial));
        opportunities.Items.ShouldAllBe(i => i.Score == 72.33m);
    }

    [Fact]
    public async Task GetOpportunities_Limit_TakesTheTop()
    {
        var opportunities = await OpportunitiesAsync(scenario.Caterer, "limit=1&includeIneligible=true");

        opportunities.Items.ShouldHaveSingleItem().NeedId.ShouldBe(scenario.CateringLunch);
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
    public async Task GetOpportunities_IkmWithoutOpenNeedsInItsDivisions_IsEmpty()
    {
        var opportunities = await OpportunitiesAsync(scenario.OtherDivision, "includeIneligible=true");

        opportunities.Items.ShouldBeEmpty();
        (opportunities.TotalNeeds, opportunities.EligibleNeeds).ShouldBe((0, 0));
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
