using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Registry;

public sealed class IkmEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(IkmDto Ikm, string ETag)> CreateAsync(JsonObject body)
    {
        var response = await _client.PostJsonAsync("/api/v1/ikms", body);
        var ikm = await response.ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        return (ikm, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task CreateIkm_ValidBody_Returns201WithLocationETagAndEveryField()
    {
        var body = TestData.Ikm(certifications: [TestData.Certification(), TestData.Certification("TKDN", null, 42.5m)]);

        var response = await _client.PostJsonAsync("/api/v1/ikms", body);

        var ikm = await response.ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/ikms/{ikm.Id}");
        response.Headers.ETag.ShouldNotBeNull();
        ikm.Nib.ShouldBe(body["nib"]!.GetValue<string>());
        ikm.Kecamatan.ShouldBe("Ciwandan");
        ikm.Status.ShouldBe("Active");
        ikm.Verified.ShouldBeFalse();
        ikm.VerifiedAt.ShouldBeNull();
        ikm.Capabilities.ShouldHaveSingleItem().ShouldBe(new CapabilityDto("25111", "Fabrikasi baja struktur", "pengelasan dan fabrikasi baja struktur", 20m, "ton"));
        ikm.Certifications.Select(c => c.Type).ShouldBe(["ISO9001", "TKDN"]);
        ikm.Certifications[1].TkdnPercent.ShouldBe(42.5m);
        ikm.Certifications[1].ValidUntil.ShouldBeNull();
        ikm.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);

        var read = await _client.GetAsync($"/api/v1/ikms/{ikm.Id}");
        (await read.ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(ikm);
        read.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task CreateIkm_NewUnitsAndCertificateTypes_RoundTripAndFilter()
    {
        string[] units = ["pair", "dozen", "metre", "trip", "lot"];
        string[] types = ["CSMS", "SLHS", "WelderCompetency", "OperatorCompetency"];
        var body = TestData.Ikm(
            capabilities: [.. units.Select((unit, i) => (JsonNode)NeedTestData.Capability("25111", 10 + i, unit, $"Kemampuan {unit}"))],
            certifications: [.. types.Select(type => (JsonNode)TestData.Certification(type))]);

        var (ikm, _) = await CreateAsync(body);

        ikm.Capabilities.Select(c => c.Unit).ShouldBe(units);
        ikm.Certifications.Select(c => c.Type).ShouldBe(types);
        (await (await _client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(ikm);
        foreach (var type in types)
        {
            var list = await (await _client.GetAsync($"/api/v1/ikms?certification={type}&q={ikm.Nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
            list.Items.ShouldHaveSingleItem(type).Id.ShouldBe(ikm.Id);
        }
    }

    [Fact]
    public async Task CreateIkm_DuplicateNib_Returns409AndKeepsTheFirst()
    {
        var (first, _) = await CreateAsync(TestData.Ikm());

        var response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(nib: first.Nib, name: "CV Lain"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain(first.Nib);
        var list = await (await _client.GetAsync($"/api/v1/ikms?q={first.Nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        list.Items.ShouldHaveSingleItem().Name.ShouldBe(first.Name);
    }

    [Fact]
    public async Task CreateIkm_ConcurrentSameNib_ExactlyOneWins()
    {
        var nib = TestData.NewNib();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(nib: nib))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(7);
    }

    [Theory]
    [InlineData("nib", "123", "nib")]
    [InlineData("nib", "12345678901ab", "nib")]
    [InlineData("name", "", "name")]
    [InlineData("email", "not-an-email", "email")]
    [InlineData("phone", "call me", "phone")]
    [InlineData("kecamatan", "Serang", "kecamatan")]
    public async Task CreateIkm_InvalidField_Returns400NamingIt(string field, string value, string expectedKey)
    {
        var body = TestData.Ikm();
        body[field] = value;

        var response = await _client.PostJsonAsync("/api/v1/ikms", body);

        await response.ShouldBeValidationProblemAsync(expectedKey);
    }

    [Fact]
    public async Task CreateIkm_InvalidNestedValues_Returns400KeyedByCamelCasePath()
    {
        var body = TestData.Ikm(
            capabilities: [TestData.Capability(), TestData.Capability(kbli: "2511", capacity: 0)],
            certifications: [TestData.Certification("TKDN", tkdnPercent: 120m), TestData.Certification("SNI", tkdnPercent: 30m)]);
        body["workforce"] = -1;
        body["name"] = new string('x', 201);

        var response = await _client.PostJsonAsync("/api/v1/ikms", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var key in new[] { "workforce", "name", "capabilities[1].kbli", "capabilities[1].monthlyCapacity", "certifications[0].tkdnPercent", "certifications[1].tkdnPercent" })
        {
            errors.TryGetProperty(key, out _).ShouldBeTrue($"{key} missing from {errors}");
        }

        errors.TryGetProperty("capabilities[0].kbli", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task CreateIkm_TooManyCapabilities_Returns400NamingTheLimit()
    {
        var capabilities = new JsonArray([.. Enumerable.Range(0, 21).Select(_ => (JsonNode)TestData.Capability())]);

        var response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities: capabilities));

        (await response.ShouldBeValidationProblemAsync("capabilities")).ShouldContain(m => m.Contains("At most 20 capabilities"));
    }

    [Fact]
    public async Task CreateIkm_TooManyCertifications_Returns400NamingTheLimit()
    {
        var certifications = new JsonArray([.. Enumerable.Range(0, 21).Select(_ => (JsonNode)TestData.Certification())]);

        var response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(certifications: certifications));

        (await response.ShouldBeValidationProblemAsync("certifications")).ShouldContain(m => m.Contains("At most 20 certifications"));
    }

    [Fact]
    public async Task CreateIkm_TwentyCapabilitiesAndCertifications_IsAccepted()
    {
        var capabilities = new JsonArray([.. Enumerable.Range(0, 20).Select(_ => (JsonNode)TestData.Capability())]);
        var certifications = new JsonArray([.. Enumerable.Range(0, 20).Select(_ => (JsonNode)TestData.Certification())]);

        var response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities: capabilities, certifications: certifications));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CreateIkm_UnknownUnitAndCertificationType_Returns400NamingTheField()
    {
        var response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(capabilities: [TestData.Capability(unit: "tonnes")]));
        (await response.ShouldBeValidationProblemAsync("capabilities[0].unit")).ShouldContain(m => m.Contains("ton"));

        response = await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm(certifications: [TestData.Certification("ISO27001")]));
        await response.ShouldBeValidationProblemAsync("certifications[0].type");
    }

    [Fact]
    public async Task UpdateIkm_WithMatchingIfMatch_ReplacesProfileAndChangesETag()
    {
        var (ikm, etag) = await CreateAsync(TestData.Ikm());
        var body = TestData.Ikm(nib: ikm.Nib, name: "CV Baja Las Mandiri Jaya", kecamatan: "Grogol", capabilities: [TestData.Capability("33121", 8, "unit"), TestData.Capability("25920", 300, "hour")], certifications: []);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/ikms/{ikm.Id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        var response = await _client.SendAsync(request);

        var updated = await response.ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        updated.Name.ShouldBe("CV Baja Las Mandiri Jaya");
        updated.Kecamatan.ShouldBe("Grogol");
        updated.Capabilities.Select(c => c.Kbli).ShouldBe(["33121", "25920"]);
        updated.Certifications.ShouldBeEmpty();
        updated.CreatedAt.ShouldBe(ikm.CreatedAt);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
    }

    [Fact]
    public async Task UpdateIkm_StaleIfMatch_Returns412AndChangesNothing()
    {
        var (ikm, etag) = await CreateAsync(TestData.Ikm());
        (await _client.PutAsJsonAsync($"/api/v1/ikms/{ikm.Id}", TestData.Ikm(nib: ikm.Nib, name: "Perubahan pertama"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/ikms/{ikm.Id}") { Content = JsonContent.Create(TestData.Ikm(nib: ikm.Nib, name: "Perubahan basi")) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await (await _client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).Name.ShouldBe("Perubahan pertama");
    }

    [Fact]
    public async Task UpdateIkm_ConcurrentUpdatesWithSameIfMatch_OnlyOneWins()
    {
        var (ikm, etag) = await CreateAsync(TestData.Ikm());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/ikms/{ikm.Id}") { Content = JsonContent.Create(TestData.Ikm(nib: ikm.Nib, name: $"Versi {i}")) };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            return _client.SendAsync(request);
        }));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(5);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        (await (await _client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).Name.ShouldBe(winner.Name);
    }

    [Fact]
    public async Task UpdateIkm_ConcurrentUpdatesWithoutIfMatch_NeverLoseAWriteSilently()
    {
        var (ikm, _) = await CreateAsync(TestData.Ikm());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _client.PutAsJsonAsync($"/api/v1/ikms/{ikm.Id}", TestData.Ikm(nib: ikm.Nib, name: $"Versi {i}"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var final = await (await _client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        var okNames = new List<string>();
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            okNames.Add((await r.ShouldBeAsync<IkmDto>(HttpStatusCode.OK)).Name);
        }

        okNames.ShouldContain(final.Name);
        final.Capabilities.Count.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateIkm_NibOfAnotherIkm_Returns409()
    {
        var (first, _) = await CreateAsync(TestData.Ikm());
        var (second, _) = await CreateAsync(TestData.Ikm());

        var response = await _client.PutAsJsonAsync($"/api/v1/ikms/{second.Id}", TestData.Ikm(nib: first.Nib));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UpdateIkm_UnknownId_Returns404()
    {
        var response = await _client.PutAsJsonAsync($"/api/v1/ikms/{Guid.NewGuid()}", TestData.Ikm());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ArchiveIkm_LeavesListsButStaysReadableAsArchived()
    {
        var (ikm, _) = await CreateAsync(TestData.Ikm(name: "CV Arsip Sementara"));

        (await _client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var read = await (await _client.GetAsync($"/api/v1/ikms/{ikm.Id}")).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        read.Status.ShouldBe("Archived");
        read.Id.ShouldBe(ikm.Id);
        var list = await (await _client.GetAsync($"/api/v1/ikms?q={ikm.Nib}")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        list.Items.ShouldBeEmpty();
        list.TotalCount.ShouldBe(0);
        (await _client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _client.PutAsJsonAsync($"/api/v1/ikms/{ikm.Id}", TestData.Ikm(nib: ikm.Nib))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync($"/api/v1/ikms/{ikm.Id}/verify", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task VerifyIkm_SetsVerifiedAndVerifiedAt()
    {
        var (ikm, _) = await CreateAsync(TestData.Ikm());

        var response = await _client.PostAsync($"/api/v1/ikms/{ikm.Id}/verify", null);

        var verified = await response.ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        verified.Verified.ShouldBeTrue();
        verified.VerifiedAt.ShouldNotBeNull();
        verified.VerifiedAt.Value.ShouldBeGreaterThanOrEqualTo(ikm.CreatedAt);
        var again = await (await _client.PostAsync($"/api/v1/ikms/{ikm.Id}/verify", null)).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);
        again.VerifiedAt.ShouldBe(verified.VerifiedAt);
        await (await _client.PostAsync($"/api/v1/ikms/{Guid.NewGuid()}/verify", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetIkm_UnknownOrNonGuidId_Returns404Problem()
    {
        await (await _client.GetAsync($"/api/v1/ikms/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/v1/ikms/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/v1/ikms/12")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
