using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// An IKM outside a need's KBLI division is a candidate when its text is about the job and it shares a term of the need's
/// title or keywords (DESIGN §3, <c>MatchScorer.Evaluate</c>): the terms the index retrieves such IKM by, so that the
/// Domain's rule and the retrieval agree. Text that meets only the need's description does not make a candidate, in the
/// Domain and through HTTP alike (before the rule named the title terms, the Domain took these IKM as candidates and the
/// API never found them). A registry of its own:
/// <code>
/// need "Pengadaan barang rutin" 46100 (every title word a stop word), "Majun kain lap untuk bengkel perawatan", no keywords
///   CV Majun Bersih 13920 "Majun kain lap" 800 kg: majun, a description term only
/// need "Perbaikan pompa" 33121, [pompa], "Overhaul sentrifugal multistage"
///   CV Overhaul Multistage 28130 "Overhaul sentrifugal multistage": every description term, not pompa
/// </code>
/// </summary>
public sealed class CandidateByDescriptionTests(CandidateByDescriptionTests.Scenario scenario) : IClassFixture<CandidateByDescriptionTests.Scenario>
{
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

    /// <summary>The one definition: the Domain scorer takes neither IKM as a candidate, and no search key would find it.</summary>
    [Theory]
    [InlineData("46100", "Pengadaan barang rutin", "Majun kain lap untuk bengkel perawatan", "", "13920", "Majun kain lap", 800, CapacityUnit.Kg)]
    [InlineData("33121", "Perbaikan pompa", "Overhaul sentrifugal multistage", "pompa", "28130", "Overhaul sentrifugal multistage", 30, CapacityUnit.Unit)]
    public void Domain_TextMeetingOnlyTheDescription_MakesNoCandidate(
        string needKbli, string title, string description, string keyword, string kbli, string capability, int capacity, CapacityUnit unit)
    {
        var scorer = new MatchScorer(MatchWeights.Default);
        var need = scorer.Prepare(new NeedToMatch(
            needKbli, title, description, keyword.Length == 0 ? [] : [keyword], 10, unit, [], [], null, NeedTestData.InDays(), false, Kecamatan.Citangkil));
        var ikm = new CandidateToMatch(
            Guid.NewGuid(), Kecamatan.Ciwandan, false, [new CandidateCapability(kbli, capability, null, capacity, unit)], [], TrackRecord.None);

        scorer.Evaluate(need, ikm).Candidate.ShouldBeFalse();
        need.Terms.SearchKeys.ShouldNotContain(key => ikm.Capabilities[0].Terms.Contains(key));
    }

    [Fact]
    public async Task NeedWhoseTitleIsAllStopWords_HasNoCandidateOutsideItsDivision()
    {
        var matches = await MatchesAsync(scenario.Rags);

        matches.Items.ShouldBeEmpty();
        (matches.TotalCandidates, matches.EligibleCandidates).ShouldBe((0, 0));
        (await OpportunitiesAsync(scenario.RagMaker)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task IkmMatchingTheDescriptionButNoTitleTerm_IsNoCandidateInMatchesNorOpportunities()
    {
        var matches = await MatchesAsync(scenario.Pump);

        matches.Items.Select(i => i.IkmId).ShouldNotContain(scenario.Overhauler);
        matches.TotalCandidates.ShouldBe(0);
        (await OpportunitiesAsync(scenario.Overhauler)).Items.ShouldBeEmpty();
    }
}
