using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Reports;

/// <summary>
/// A need that is still Open when its industry is archived is no longer open procurement: it takes no proposal (409)
/// and is not among the IKM's opportunities. The capability-gaps report, "what keeps IKM from open procurement",
/// must not count it either. In a database of its own: one archived industry with one open need, one IKM that lacks
/// the need's SNI.
/// </summary>
public sealed class ArchivedIndustryReportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly PartnershipApi _api = new(factory.CreateClient());

    [Fact]
    public async Task CapabilityGaps_OpenNeedOfArchivedIndustry_IsNotCounted()
    {
        var industry = await _api.CreateIndustryAsync();
        var need = await _api.CreateNeedAsync(NeedTestData.Need(industry.Id, required: ["SNI"], budget: 70_000_000));
        var ikm = await _api.CreateIkmAsync();
        var before = await (await _api.Client.GetAsync("/api/v1/reports/capability-gaps")).ShouldBeAsync<CapabilityGapsDto>(HttpStatusCode.OK);
        before.Gaps.Select(g => (g.Code, g.IkmBlocked, g.Needs, g.BudgetAtStake)).ShouldBe([("certification:SNI", 1, 1, 70_000_000L)]);
        before.NeedsWithoutEligibleIkm.Select(n => n.NeedId).ShouldBe([need.Id]);

        (await _api.Client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // The rest of the API already treats the need as no longer open procurement.
        await (await _api.Client.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(ikm.Id, needId: need.Id)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var opportunities = await (await _api.Client.GetAsync($"/api/v1/ikms/{ikm.Id}/opportunities?includeIneligible=true"))
            .ShouldBeAsync<OpportunitiesDto>(HttpStatusCode.OK);
        opportunities.TotalNeeds.ShouldBe(0);

        var after = await (await _api.Client.GetAsync("/api/v1/reports/capability-gaps")).ShouldBeAsync<CapabilityGapsDto>(HttpStatusCode.OK);

        after.Gaps.ShouldBeEmpty();
        after.NeedsWithoutEligibleIkm.ShouldBeEmpty();
    }
}
