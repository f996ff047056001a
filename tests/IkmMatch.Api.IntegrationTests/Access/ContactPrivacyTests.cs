using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// An IKM owner's name, email and phone (UU 27/2022): for admins, integration systems, the IKM itself, and an
/// industry once the IKM has accepted a partnership with it; null for everyone else, in single reads and lists alike.
/// </summary>
public sealed class ContactPrivacyTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Theory]
    [InlineData(Caller.Admin)]
    [InlineData(Caller.Integration)]
    [InlineData(Caller.Ikm)]
    public async Task OwnerContacts_ForAdminIntegrationAndTheIkmItself_AreShown(Caller caller)
    {
        var ikm = await GetAsync(caller, world.IkmA.Id);

        ShouldShowContacts(ikm);
    }

    [Fact]
    public async Task OwnerContacts_ForAnIndustryWithoutPartnership_AreNullInGetAndList()
    {
        var single = await GetAsync(Caller.Industry, world.IkmB.Id);
        var list = await (await world.Client(Caller.Industry).GetAsync("/api/v1/ikms?pageSize=100")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);

        ShouldHideContacts(single);
        single.Name.ShouldBe(world.IkmB.Name); // the directory itself stays readable
        ShouldHideContacts(list.Items.Single(i => i.Id == world.IkmB.Id));
    }

    [Fact]
    public async Task OwnerContacts_ForAnIndustry_AppearOnceTheIkmAcceptsItsProposal()
    {
        // A fresh IKM and a fresh industry key, so that no other test's partnership counts.
        var ikm = await world.Admin.CreateIkmAsync(TestData.Ikm(name: "CV Kontak Rahasia"));
        var industry = await world.Admin.CreateIndustryAsync();
        using var client = world.Factory.CreateClient(await world.IssueKeyAsync($"industri-{Guid.NewGuid():N}", "industry", industryId: industry.Id));
        var proposal = await new PartnershipApi(client).ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        ShouldHideContacts(await (await client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK));

        await world.Admin.MoveAsync(proposal.Id, "accept");

        ShouldShowContacts(await (await client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK));
        var list = await (await client.GetAsync("/api/v1/ikms?pageSize=100")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        ShouldShowContacts(list.Items.Single(i => i.Id == ikm.Id));
        ShouldHideContacts(list.Items.Single(i => i.Id == world.IkmB.Id));
    }

    [Fact]
    public async Task OwnerContacts_AreNeverInMatches()
    {
        var body = await world.Client(Caller.Industry).GetStringAsync($"/api/v1/needs/{world.NeedX.Id}/matches?includeIneligible=true");

        body.ShouldContain(world.IkmA.Id.ToString());
        body.ShouldNotContain("Siti Rahma");
        body.ShouldNotContain("siti@contoh.id");
    }

    private async Task<IkmDto> GetAsync(Caller caller, Guid id) =>
        await (await world.Client(caller).GetAsync($"/api/v1/ikms/{id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);

    private static void ShouldShowContacts(IkmDto ikm)
    {
        ikm.OwnerName.ShouldBe("Siti Rahma");
        ikm.Email.ShouldBe("siti@contoh.id");
        ikm.Phone.ShouldBe("+62 812 1111 2222");
    }

    private static void ShouldHideContacts(IkmDto ikm)
    {
        ikm.OwnerName.ShouldBeNull();
        ikm.Email.ShouldBeNull();
        ikm.Phone.ShouldBeNull();
    }
}
