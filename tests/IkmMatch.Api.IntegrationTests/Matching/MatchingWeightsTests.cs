using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>Weights come from configuration (Matching:Weights:*) and are checked when the API starts.</summary>
public sealed class MatchingWeightsTests
{
    [Fact]
    public async Task Startup_NegativeWeight_RefusesToStartNamingTheWeight()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Matching:Weights:Capacity"] = "-5";

        var failure = await Should.ThrowAsync<OptionsValidationException>(async () => await factory.InitializeAsync());

        failure.Message.ShouldContain("capacity");
        failure.Message.ShouldContain("-5");
    }

    [Fact]
    public async Task Startup_RelevanceWeightZero_RefusesToStartNamingRelevance()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Matching:Weights:Relevance"] = "0";

        var failure = await Should.ThrowAsync<OptionsValidationException>(async () => await factory.InitializeAsync());

        failure.Message.ShouldContain("relevance");
    }

    [Fact]
    public async Task Matches_OnlyRelevanceWeighted_ScoreIsTheRelevanceAlone()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Matching:Weights:Relevance"] = "1";
        foreach (var criterion in new[] { "Capacity", "Certifications", "Location", "TrackRecord", "Verification" })
        {
            factory.Settings[$"Matching:Weights:{criterion}"] = "0";
        }

        await factory.InitializeAsync();
        var client = factory.CreateClient();
        var industry = await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        var exact = await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities: [TestData.Capability("25111", 50)], certifications: []))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var sameClass = await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities: [TestData.Capability("25119", 50)], certifications: []))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var need = await (await client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id))).ShouldBeAsync<NeedDto>(HttpStatusCode.Created);

        var matches = await (await client.GetAsync($"/api/v1/needs/{need.Id}/matches")).ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);

        // The same text, so the closer KBLI code is the more relevant; every score is 100 × relevance and nothing else.
        matches.Items.Select(i => i.IkmId).ShouldBe([exact.Id, sameClass.Id]);
        foreach (var item in matches.Items)
        {
            var relevance = item.Breakdown.Single(b => b.Criterion == "relevance");
            relevance.Weight.ShouldBe(1m);
            item.Score.ShouldBe(Math.Round(100m * relevance.Value, 2, MidpointRounding.AwayFromZero));
            item.Breakdown.Where(b => b.Criterion != "relevance").ShouldAllBe(b => b.Weight == 0m && b.Points == 0m);
        }

        matches.Items[0].Score.ShouldBeGreaterThan(matches.Items[1].Score);
    }
}
