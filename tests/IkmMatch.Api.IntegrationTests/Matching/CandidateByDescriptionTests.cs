using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// An IKM outside a need's KBLI division is a candidate when its text is clearly about the job (text figure ≥ 0.3,
/// DESIGN §3 and <c>MatchScorer.Evaluate</c>), whichever of the need's terms make that figure. These cases reach it through
/// the need's description alone, over a registry of their own:
/// <code>
/// need "Pengadaan barang rutin" 46100 (every title word a stop word), "Majun kain lap untuk bengkel perawatan", no keywords
///   CV Majun Bersih 13920 "Majun kain lap" 800 kg: majun, 1 of the 3 description terms → text 0.3333
/// need "Perbaikan pompa" 33121, [pompa], "Overhaul sentrifugal multistage"
///   CV Overhaul Multistage 28130 "Overhaul sentrifugal multistage": 3 of the 3 description terms, not pompa → text 0.35
/// </code>
/// </summary>
public sealed class CandidateByDescriptionTests(CandidateByDescriptionTests.Scenario scenario) : IClassFixture<CandidateByDescriptionTests.Scenario>
{
    private const string RetrievalGap =
        "src bug: the candidate search (MatchCandidateSearch, GetIkmOpportunitiesQueryHandler) looks IKM up by the need's title and keyword "
        + "terms only (NeedTerms.SearchKeys), while MatchScorer.Evaluate takes an IKM as a candidate on a text figure its description terms "
        + "can make alone: the Domain's candidate is never retrieved.";

    private readonly HttpClient _client = scenario.Factory.CreateClient();

    public sealed class Scenario : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public Guid Rags { get; private set; }

        public Guid Pump { get; private set; }

        public Guid RagMaker { get; private set; }

        public Guid Overhauler { get; private set; }

        public async ValueTask InitializeAsync()
        {
            await Factory.InitializeAsync();
            var api = new PartnershipApi(Factory.CreateClient());
            var industry = await api.CreateIndustryAsync();
            RagMaker = (await api.CreateIkmAsync(TestData.Ikm(
                name: "CV Majun Bersih", capabilities: [NeedTestData.Capability("13920", 800, "kg", "Majun kain lap")], certifications: []))).Id;
            Overhauler = (await api.CreateIkmAsync(TestData.Ikm(
                name: "CV Overhaul Multistage", capabilities: [NeedTestData.Capability("28130", 30, "unit", "Overhaul sentrifugal multistage")], certifications: []))).Id;
            Rags = (await api.CreateNeedAsync(NeedTestData.Need(
                industry.Id, "46100", "Pengadaan barang rutin", "Majun kain lap untuk bengkel perawatan", [], 500, "kg"))).Id;
            Pump = (await api.CreateNeedAsync(NeedTestData.Need(
                industry.Id, "33121", "Perbaikan pompa", "Overhaul sentrifugal multistage", ["pompa"], 20, "unit"))).Id;
        }

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<NeedMatchesDto> MatchesAsync(Guid needId) =>
        await (await _client.GetAsync($"/api/v1/needs/{needId}/matches?includeIneligible=true&limit=100")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);

    private async Task<OpportunitiesDto> OpportunitiesAsync(Guid ikmId) =>
        await (await _client.GetAsync($"/api/v1/ikms/{ikmId}/opportunities?includeIneligible=true&limit=100")).ShouldBeAsync<OpportunitiesDto>(HttpStatusCode.OK);

    /// <summary>The premise of the skipped tests, from the one definition: the Domain scorer takes both IKM as candidates.</summary>
    [Theory]
    [InlineData("46100", "Pengadaan barang rutin", "Majun kain lap untuk bengkel perawatan", "", "13920", "Majun kain lap", 800, CapacityUnit.Kg)]
    [InlineData("33121", "Perbaikan pompa", "Overhaul sentrifugal multistage", "pompa", "28130", "Overhaul sentrifugal multistage", 30, CapacityUnit.Unit)]
    public void DomainPremise_TheScorerTakesTheIkmAsACandidateByItsText(
        string needKbli, string title, string description, string keyword, string kbli, string capability, int capacity, CapacityUnit unit)
    {
        var scorer = new MatchScorer(MatchWeights.Default);
        var need = scorer.Prepare(new NeedToMatch(
            needKbli, title, description, keyword.Length == 0 ? [] : [keyword], 10, unit, [], [], null, NeedTestData.InDays(), false, Kecamatan.Citangkil));
        var ikm = new CandidateToMatch(
            Guid.NewGuid(), Kecamatan.Ciwandan, false, [new CandidateCapability(kbli, capability, null, capacity, unit)], [], TrackRecord.None);

        scorer.Evaluate(need, ikm).Candidate.ShouldBeTrue();
        need.Terms.SearchKeys.ShouldNotContain(key => ikm.Capabilities[0].Terms.Contains(key)); // yet no search key finds it
    }

    [Fact(Skip = RetrievalGap)]
    public async Task NeedWhoseTitleIsAllStopWords_FindsTheIkmItsDescriptionIsAbout()
    {
        var matches = await MatchesAsync(scenario.Rags);

        var item = matches.Items.ShouldHaveSingleItem();
        item.IkmId.ShouldBe(scenario.RagMaker);
        item.Breakdown.TextFigure().ShouldBeGreaterThanOrEqualTo(0.3m);
        item.Eligible.ShouldBeTrue();
        (await OpportunitiesAsync(scenario.RagMaker)).Items.Select(i => i.NeedId).ShouldBe([scenario.Rags]);
    }

    [Fact(Skip = RetrievalGap)]
    public async Task IkmMatchingTheDescriptionButNoTitleTerm_IsFound()
    {
        var matches = await MatchesAsync(scenario.Pump);

        var item = matches.Items.ShouldHaveSingleItem();
        item.IkmId.ShouldBe(scenario.Overhauler);
        item.Breakdown.TextFigure().ShouldBeGreaterThanOrEqualTo(0.3m);
        (await OpportunitiesAsync(scenario.Overhauler)).Items.Select(i => i.NeedId).ShouldBe([scenario.Pump]);
    }
}
