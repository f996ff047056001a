using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>Records keep who made and last changed them: the key's name (or a token's subject), never the secret.</summary>
public sealed class AuditActorTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Fact]
    public async Task Ikm_CreatedByOneKeyUpdatedByAnother_RecordsBothNames()
    {
        var created = await (await world.Client(Caller.Integration).PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<JsonObject>(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();

        var updated = await (await world.Admin.Client.PutAsync($"/api/v1/ikms/{id}", JsonContent(TestData.Ikm(nib: created["nib"]!.GetValue<string>()))))
            .ShouldBeAsync<JsonObject>(HttpStatusCode.OK);

        created["createdBy"]!.GetValue<string>().ShouldBe("sistem-oss");
        created["updatedBy"]!.GetValue<string>().ShouldBe("sistem-oss");
        updated["createdBy"]!.GetValue<string>().ShouldBe("sistem-oss");
        updated["updatedBy"]!.GetValue<string>().ShouldBe("bootstrap-admin");
        updated.ToJsonString().ShouldNotContain(world.IntegrationKey);
    }

    [Fact]
    public async Task Need_ChangedByItsIndustry_RecordsTheIndustryKeyAndHistoryToo()
    {
        var industry = world.Client(Caller.Industry);
        var need = await (await industry.PostJsonAsync("/api/v1/needs", NeedTestData.Need(world.IndustryX.Id))).ShouldBeAsync<JsonObject>(HttpStatusCode.Created);
        var closed = await (await world.Admin.Client.PostAsync($"/api/v1/needs/{need["id"]}/close", null)).ShouldBeAsync<JsonObject>(HttpStatusCode.OK);
        var partnership = await new PartnershipApi(industry).ProposeAsync(PartnershipTestData.Proposal(world.IkmA.Id, industryId: world.IndustryX.Id));
        var accepted = await new PartnershipApi(world.Client(Caller.Ikm)).MoveAsync(partnership.Id, "accept");

        need["createdBy"]!.GetValue<string>().ShouldBe("portal-industri-x");
        closed["createdBy"]!.GetValue<string>().ShouldBe("portal-industri-x");
        closed["updatedBy"]!.GetValue<string>().ShouldBe("bootstrap-admin");
        accepted.History.Select(h => h.Actor).ShouldBe(["portal-industri-x", "portal-ikm-a"]);
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
