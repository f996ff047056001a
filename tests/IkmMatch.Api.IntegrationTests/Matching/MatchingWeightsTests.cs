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
    public async Task Startup_AllWeightsZero_RefusesToStart()
    {
        await using var factory = new ApiFactory();
        foreach (var criterion in new[] { "Category", "CapabilityText", "Capacity", "Certifications", "Location", "TrackRecord", "Verification" })
        {
            factory.Settings[$"Matching:Weights:{criterion}"] = "0";
        }

        var failure = await Should.ThrowAsync<OptionsValidationException>(async () => await factory.InitializeAsync());

        failure.Message.ShouldContain("add up to 0");
    }

    [Fact]
    public async Task Matches_OnlyCategoryWeighted_ScoreIsTheKbliAgreementAlone()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Matching:Weights:Category"] = "1";
        foreach (var criterion in new[] { "CapabilityText", "Capacity", "Certifications", "Location", "TrackRecord", "Verification" })
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

        matches.Items.Select(i => (i.IkmId, i.Score)).ShouldBe([(exact.Id, 100m), (sameClass.Id, 75m)]);
        matches.Items[0].Breakdown.Single(b => b.Criterion == "category").Weight.ShouldBe(1m);
        matches.Items[0].Breakdown.Where(b => b.Criterion != "category").ShouldAllBe(b => b.Weight == 0m && b.Points == 0m);
    }
}
