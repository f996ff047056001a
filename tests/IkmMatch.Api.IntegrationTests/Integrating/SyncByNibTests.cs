using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Integrating;

/// <summary><c>PUT /ikms/by-nib/{nib}</c> and <c>PUT /industries/by-nib/{nib}</c>: create or replace, as another registry syncs.</summary>
public sealed class SyncByNibTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<HttpResponseMessage> PutAsync(string url, JsonNode body, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: HttpAssertions.Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _client.SendAsync(request);
    }

    [Fact]
    public async Task SyncIkm_NewNib_Returns201ThenTheSameBodyChangesNothingAndAChangeReplaces()
    {
        var nib = TestData.NewNib();
        var body = TestData.Ikm(nib: nib);

        var created = await PutAsync($"/api/v1/ikms/by-nib/{nib}", body);

        var ikm = await created.ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/ikms/{ikm.Id}");
        created.Headers.ETag!.Tag.ShouldBe("\"1\"");
        ikm.Nib.ShouldBe(nib);

        var again = await PutAsync($"/api/v1/ikms/by-nib/{nib}", body);
        (await again.ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(ikm);
        again.Headers.ETag!.Tag.ShouldBe("\"1\"");

        body["name"] = "CV Baja Las Mandiri Jaya";
        body["capabilities"] = new JsonArray(TestData.Capability("25112", 35, "ton"));
        var replaced = await PutAsync($"/api/v1/ikms/by-nib/{nib}", body, ifMatch: "\"1\"");
        var after = await replaced.ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        replaced.Headers.ETag!.Tag.ShouldBe("\"2\"");
        after.Id.ShouldBe(ikm.Id);
        after.Name.ShouldBe("CV Baja Las Mandiri Jaya");
        after.Capabilities.ShouldHaveSingleItem().Kbli.ShouldBe("25112");
        (await (await _client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(after);
    }

    [Fact]
    public async Task SyncIkm_StaleIfMatch_Returns412AndKeepsTheRecord()
    {
        var nib = TestData.NewNib();
        (await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib, name: "CV Lain"), ifMatch: "\"7\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var list = await (await _client.GetAsync($"/api/v1/ikms?q={nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        list.Items.ShouldHaveSingleItem().Name.ShouldBe("CV Baja Las Mandiri");
    }

    [Fact]
    public async Task SyncIkm_IfMatchOnAnUnknownNib_Returns412AndCreatesNothing()
    {
        var nib = TestData.NewNib();

        var response = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib), ifMatch: "\"1\"");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        problem.GetProperty("detail").GetString()!.ShouldContain(nib);
        (await (await _client.GetAsync($"/api/v1/ikms?q={nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK)).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task SyncIkm_BodyNamesAnotherNib_Returns400NamingNib()
    {
        var nib = TestData.NewNib();

        var response = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm());

        (await response.ShouldBeValidationProblemAsync("nib")).ShouldContain(m => m.Contains(nib));
    }

    [Fact]
    public async Task SyncIkm_InvalidBody_Returns400WithTheCreatesErrors()
    {
        var nib = TestData.NewNib();
        var body = TestData.Ikm(nib: nib, capabilities: [TestData.Capability(kbli: "2511")]);

        var response = await PutAsync($"/api/v1/ikms/by-nib/{nib}", body);

        await response.ShouldBeValidationProblemAsync("capabilities[0].kbli");
    }

    [Fact]
    public async Task SyncIkm_RetriedWithItsIdempotencyKey_ReplaysTheFirstAnswer()
    {
        var nib = TestData.NewNib();
        var key = Guid.NewGuid().ToString();

        var first = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib), idempotencyKey: key);
        var second = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib), idempotencyKey: key);

        var ikm = await first.ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        (await second.ShouldBeAsync<IkmDto>(HttpStatusCode.Created)).Id.ShouldBe(ikm.Id);
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        var reused = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib, name: "CV Lain"), idempotencyKey: key);
        await reused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task SyncIkm_ArchivedIkm_Returns409()
    {
        var nib = TestData.NewNib();
        var ikm = await (await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib))).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        (await _client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await PutAsync($"/api/v1/ikms/by-nib/{nib}", TestData.Ikm(nib: nib, name: "CV Lain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task SyncIndustry_NewNib_Returns201ThenReplacesAndKeepsTheVersionWhenNothingChanged()
    {
        var nib = TestData.NewNib();
        var body = TestData.Industry(nib: nib);

        var created = await PutAsync($"/api/v1/industries/by-nib/{nib}", body);
        var industry = await created.ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/industries/{industry.Id}");
        industry.KecamatanCode.ShouldBe("36.72.08");

        var same = await PutAsync($"/api/v1/industries/by-nib/{nib}", body, ifMatch: created.Headers.ETag!.Tag);
        same.StatusCode.ShouldBe(HttpStatusCode.OK);
        same.Headers.ETag!.Tag.ShouldBe("\"1\"");

        body["sector"] = "Petrokimia";
        body["kecamatan"] = "Ciwandan";
        var replaced = await PutAsync($"/api/v1/industries/by-nib/{nib}", body, ifMatch: "\"1\"");
        var after = await replaced.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        replaced.Headers.ETag!.Tag.ShouldBe("\"2\"");
        after.Id.ShouldBe(industry.Id);
        after.Sector.ShouldBe("Petrokimia");
        after.KecamatanCode.ShouldBe("36.72.04");
        (await PutAsync($"/api/v1/industries/by-nib/{nib}", body, ifMatch: "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
    }
}
