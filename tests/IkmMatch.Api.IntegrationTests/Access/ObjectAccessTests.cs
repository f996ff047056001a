using System.Net;
using System.Text;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// Records that are not the caller's: the ikm key (A) on B, the industry key (X) on Y. Reads, writes, lists, matches,
/// opportunities: a 403 for a record, and lists that show nothing of others.
/// </summary>
public sealed class ObjectAccessTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly HttpClient _ikm = world.Client(Caller.Ikm);
    private readonly HttpClient _industry = world.Client(Caller.Industry);

    [Fact]
    public async Task IkmKey_AnotherIkm_ReadWriteAndOpportunitiesAre403()
    {
        var b = world.IkmB;

        await (await _ikm.GetAsync($"/api/v1/ikms/{b.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _ikm.PutAsync($"/api/v1/ikms/{b.Id}", JsonBody(TestData.Ikm(nib: b.Nib).ToJsonString()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _ikm.GetAsync($"/api/v1/ikms/{b.Id}/opportunities")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var unchanged = await (await world.Admin.Client.GetAsync($"/api/v1/ikms/{b.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        unchanged.UpdatedAt.ShouldBe(b.UpdatedAt);
    }

    [Fact]
    public async Task IkmKey_ListIkms_ShowsItsOwnIkmOnly()
    {
        var page = await (await _ikm.GetAsync("/api/v1/ikms?pageSize=100")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);

        page.Items.ShouldHaveSingleItem().Id.ShouldBe(world.IkmA.Id);
        page.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task IkmKey_Needs_SeesOpenNeedsOnly()
    {
        var page = await (await _ikm.GetAsync("/api/v1/needs?pageSize=100")).ShouldBeAsync<PageDto<NeedDto>>(HttpStatusCode.OK);

        page.Items.ShouldNotBeEmpty();
        page.Items.ShouldAllBe(n => n.Status == "Open");
        page.Items.ShouldContain(n => n.Id == world.NeedY.Id);
        page.Items.ShouldNotContain(n => n.Id == world.ClosedNeedX.Id);
        await (await _ikm.GetAsync($"/api/v1/needs/{world.ClosedNeedX.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _ikm.GetAsync("/api/v1/needs?status=Closed")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await _ikm.GetAsync($"/api/v1/needs/{world.NeedY.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task IkmKey_Partnerships_OwnOnly()
    {
        var page = await (await _ikm.GetAsync("/api/v1/partnerships?pageSize=100")).ShouldBeAsync<PageDto<PartnershipDto>>(HttpStatusCode.OK);

        page.Items.ShouldContain(p => p.Id == world.PartnershipXA.Id);
        page.Items.ShouldAllBe(p => p.IkmId == world.IkmA.Id);
        await (await _ikm.GetAsync($"/api/v1/partnerships/{world.PartnershipYB.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _ikm.GetAsync($"/api/v1/partnerships?ikmId={world.IkmB.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await new PartnershipApi(_ikm).SendAsync(world.PartnershipYB.Id, "accept", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await world.Admin.GetAsync(world.PartnershipYB.Id)).Status.ShouldBe("Proposed");
    }

    [Fact]
    public async Task IndustryKey_AnotherIndustrysNeed_ReadWriteAndMatchesAre403()
    {
        var need = world.NeedY;

        await (await _industry.GetAsync($"/api/v1/needs/{need.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.GetAsync($"/api/v1/needs/{need.Id}/matches")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.PutAsync($"/api/v1/needs/{need.Id}", JsonBody(NeedTestData.Need(world.IndustryY.Id).ToJsonString()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.PostAsync($"/api/v1/needs/{need.Id}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.PostAsync("/api/v1/needs", JsonBody(NeedTestData.Need(world.IndustryY.Id).ToJsonString()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var unchanged = await (await world.Admin.Client.GetAsync($"/api/v1/needs/{need.Id}")).ShouldBeAsync<NeedDto>(HttpStatusCode.OK);
        unchanged.Status.ShouldBe("Open");
    }

    [Fact]
    public async Task IndustryKey_Lists_ShowItsOwnRecordsOnly()
    {
        var needs = await (await _industry.GetAsync("/api/v1/needs?pageSize=100")).ShouldBeAsync<PageDto<NeedDto>>(HttpStatusCode.OK);
        var industries = await (await _industry.GetAsync("/api/v1/industries?pageSize=100")).ShouldBeAsync<PageDto<IndustryDto>>(HttpStatusCode.OK);
        var partnerships = await (await _industry.GetAsync("/api/v1/partnerships?pageSize=100")).ShouldBeAsync<PageDto<PartnershipDto>>(HttpStatusCode.OK);

        needs.Items.ShouldNotBeEmpty();
        needs.Items.ShouldAllBe(n => n.IndustryId == world.IndustryX.Id);
        needs.Items.ShouldContain(n => n.Id == world.ClosedNeedX.Id); // its own needs in every status
        industries.Items.ShouldHaveSingleItem().Id.ShouldBe(world.IndustryX.Id);
        partnerships.Items.ShouldContain(p => p.Id == world.PartnershipXA.Id);
        partnerships.Items.ShouldAllBe(p => p.IndustryId == world.IndustryX.Id);
        await (await _industry.GetAsync($"/api/v1/needs?industryId={world.IndustryY.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.GetAsync($"/api/v1/partnerships?industryId={world.IndustryY.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task IndustryKey_AnotherIndustrysPartnershipAndProfile_Are403()
    {
        var api = new PartnershipApi(_industry);

        await (await _industry.GetAsync($"/api/v1/partnerships/{world.PartnershipYB.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await api.SendAsync(world.PartnershipYB.Id, "withdraw", PartnershipTestData.Reason("bukan milik kami"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.GetAsync($"/api/v1/industries/{world.IndustryY.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _industry.PutAsync($"/api/v1/industries/{world.IndustryY.Id}", JsonBody(TestData.Industry(nib: world.IndustryY.Nib).ToJsonString()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await world.Admin.GetAsync(world.PartnershipYB.Id)).Status.ShouldBe("Proposed");
    }

    [Fact]
    public async Task IndustryKey_ProposingForAnotherIndustrysNeedOrInItsName_Is403AndCreatesNothing()
    {
        var before = (await world.Admin.ListAsync($"ikmId={world.IkmA.Id}&pageSize=1")).TotalCount;

        var fromNeed = await _industry.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(world.IkmA.Id, needId: world.NeedY.Id));
        var direct = await _industry.PostJsonAsync("/api/v1/partnerships", PartnershipTestData.Proposal(world.IkmA.Id, industryId: world.IndustryY.Id));

        await fromNeed.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await direct.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await world.Admin.ListAsync($"ikmId={world.IkmA.Id}&pageSize=1")).TotalCount.ShouldBe(before);
    }

    [Fact]
    public async Task IndustryKey_ItsOwnNeedsMatches_AreServed()
    {
        var response = await _industry.GetAsync($"/api/v1/needs/{world.NeedX.Id}/matches?includeIneligible=true");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(world.IkmA.Id.ToString());
    }

    [Fact]
    public async Task ForbiddenProblem_SaysWhoTheCallerActsFor()
    {
        var problem = await (await _ikm.GetAsync($"/api/v1/ikms/{world.IkmB.Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain(world.IkmA.Id.ToString());
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");
}
