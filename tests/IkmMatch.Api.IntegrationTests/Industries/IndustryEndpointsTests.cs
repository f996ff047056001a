using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Industries;

public sealed class IndustryEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(IndustryDto Industry, string ETag)> CreateAsync(JsonObject body)
    {
        var response = await _client.PostJsonAsync("/api/v1/industries", body);
        var industry = await response.ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        return (industry, response.Headers.ETag!.Tag);
    }

    private async Task<PageDto<IndustryDto>> ListAsync(string query) =>
        await (await _client.GetAsync($"/api/v1/industries?{query}")).ShouldBeAsync<PageDto<IndustryDto>>(HttpStatusCode.OK);

    private static HttpRequestMessage Put(Guid id, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/industries/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return request;
    }

    /// <summary>A sector no other test uses, so that list tests see only their own industries in the shared database.</summary>
    private static string NewSector() => $"Sektor {Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task CreateIndustry_ValidBody_Returns201WithLocationETagAndEveryField()
    {
        var body = TestData.Industry(name: "  PT Krakatau Baja Cilegon ", sector: "Baja", kecamatan: "Citangkil");

        var response = await _client.PostJsonAsync("/api/v1/industries", body);

        var industry = await response.ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/industries/{industry.Id}");
        response.Headers.ETag.ShouldNotBeNull();
        response.Headers.ETag.IsWeak.ShouldBeFalse();
        industry.Id.ShouldNotBe(Guid.Empty);
        industry.Nib.ShouldBe(body["nib"]!.GetValue<string>());
        industry.Name.ShouldBe("PT Krakatau Baja Cilegon");
        industry.Sector.ShouldBe("Baja");
        industry.Kecamatan.ShouldBe("Citangkil");
        industry.Address.ShouldBe("Jl. Industri 5");
        industry.ContactName.ShouldBe("Budi");
        industry.Email.ShouldBe("pengadaan@contoh.id");
        industry.Phone.ShouldBe("+62 254 000");
        industry.Status.ShouldBe("Active");
        industry.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        industry.UpdatedAt.ShouldBe(industry.CreatedAt);

        var read = await _client.GetAsync($"/api/v1/industries/{industry.Id}");
        (await read.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(industry);
        read.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task CreateIndustry_OptionalFieldsOmitted_Returns201WithNulls()
    {
        var body = TestData.Industry();
        foreach (var optional in new[] { "address", "contactName", "email", "phone" })
        {
            body.Remove(optional);
        }

        var (industry, _) = await CreateAsync(body);

        industry.Address.ShouldBeNull();
        industry.ContactName.ShouldBeNull();
        industry.Email.ShouldBeNull();
        industry.Phone.ShouldBeNull();
    }

    [Fact]
    public async Task CreateIndustry_DuplicateNib_Returns409AndKeepsTheFirst()
    {
        var (first, _) = await CreateAsync(TestData.Industry());

        var response = await _client.PostJsonAsync("/api/v1/industries", TestData.Industry(nib: first.Nib, name: "PT Lain"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain(first.Nib);
        var list = await ListAsync($"q={first.Nib}");
        list.Items.ShouldHaveSingleItem().Name.ShouldBe(first.Name);
    }

    [Fact]
    public async Task CreateIndustry_NibOfAnIkm_IsAcceptedBecauseRegistriesAreSeparate()
    {
        var ikm = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);

        var response = await _client.PostJsonAsync("/api/v1/industries", TestData.Industry(nib: ikm.Nib));

        (await response.ShouldBeAsync<IndustryDto>(HttpStatusCode.Created)).Nib.ShouldBe(ikm.Nib);
    }

    [Fact]
    public async Task CreateIndustry_ConcurrentSameNib_ExactlyOneWins()
    {
        var nib = TestData.NewNib();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.PostJsonAsync("/api/v1/industries", TestData.Industry(nib: nib))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(7);
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        (await ListAsync($"q={nib}")).TotalCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("nib", "123")]
    [InlineData("nib", "12345678901ab")]
    [InlineData("nib", "81200098765430")]
    [InlineData("nib", "")]
    [InlineData("name", "")]
    [InlineData("name", "   ")]
    [InlineData("sector", "")]
    [InlineData("sector", "  ")]
    [InlineData("kecamatan", "Serang")]
    [InlineData("email", "not-an-email")]
    [InlineData("email", "budi@")]
    [InlineData("phone", "call me")]
    [InlineData("phone", "+62 254 000 000 000 000 000 000 000")]
    public async Task CreateIndustry_InvalidField_Returns400NamingIt(string field, string value)
    {
        var body = TestData.Industry();
        body[field] = value;
        var before = (await ListAsync("pageSize=1")).TotalCount;

        var response = await _client.PostJsonAsync("/api/v1/industries", body);

        (await response.ShouldBeValidationProblemAsync(field)).ShouldNotBeEmpty();
        (await ListAsync("pageSize=1")).TotalCount.ShouldBe(before);
    }

    [Theory]
    [InlineData("name", 201)]
    [InlineData("sector", 201)]
    [InlineData("address", 501)]
    [InlineData("contactName", 201)]
    public async Task CreateIndustry_TextTooLong_Returns400NamingIt(string field, int length)
    {
        var body = TestData.Industry();
        body[field] = new string('x', length);

        var response = await _client.PostJsonAsync("/api/v1/industries", body);

        (await response.ShouldBeValidationProblemAsync(field)).ShouldContain(m => m.Contains((length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateIndustry_SeveralInvalidFields_Returns400NamingEach()
    {
        var body = TestData.Industry();
        body["nib"] = "1";
        body["name"] = string.Empty;
        body["sector"] = string.Empty;
        body["email"] = "x";
        body["phone"] = "y";

        var response = await _client.PostJsonAsync("/api/v1/industries", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["nib", "name", "sector", "email", "phone"], ignoreOrder: true);
    }

    [Fact]
    public async Task ListIndustries_Filters_ReturnExactlyTheMatchingActiveIndustriesByName()
    {
        var sector = NewSector();
        var (a, _) = await CreateAsync(TestData.Industry(name: "PT Chandra Asri Perkasa", sector: sector, kecamatan: "Ciwandan"));
        var (b, _) = await CreateAsync(TestData.Industry(name: "pt asahimas chemical", sector: sector.ToUpperInvariant(), kecamatan: "Ciwandan"));
        var (c, _) = await CreateAsync(TestData.Industry(name: "PT Krakatau Posco", sector: sector, kecamatan: "Citangkil"));
        var (other, _) = await CreateAsync(TestData.Industry(name: "PT Asri Lain", sector: NewSector(), kecamatan: "Ciwandan"));

        (await ListAsync($"sector={Uri.EscapeDataString(sector)}")).Items.Select(i => i.Id).ShouldBe([b.Id, a.Id, c.Id]);
        (await ListAsync($"sector={Uri.EscapeDataString(sector.ToLowerInvariant())}")).TotalCount.ShouldBe(3);
        (await ListAsync($"sector={Uri.EscapeDataString(sector)}&kecamatan=Ciwandan")).Items.Select(i => i.Id).ShouldBe([b.Id, a.Id]);
        (await ListAsync($"sector={Uri.EscapeDataString(sector)}&kecamatan=Grogol")).Items.ShouldBeEmpty();
        (await ListAsync($"sector={Uri.EscapeDataString(sector)}&q=ASRI")).Items.Select(i => i.Id).ShouldBe([a.Id]);
        (await ListAsync($"q={c.Nib}")).Items.Select(i => i.Id).ShouldBe([c.Id]);
        (await ListAsync("q=asri&kecamatan=Ciwandan")).Items.Select(i => i.Id).ShouldContain(other.Id);
        (await ListAsync("q=asri&kecamatan=Ciwandan")).Items.ShouldAllBe(i => i.Kecamatan == "Ciwandan" && i.Name.Contains("asri", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ListIndustries_Paging_ReturnsEnvelopeAndConsistentPages()
    {
        var sector = NewSector();
        var ids = new List<Guid>();
        foreach (var name in new[] { "PT E", "PT A", "PT D", "PT B", "PT C" })
        {
            ids.Add((await CreateAsync(TestData.Industry(name: name, sector: sector))).Industry.Id);
        }

        var query = $"sector={Uri.EscapeDataString(sector)}";
        var first = await ListAsync($"{query}&page=1&pageSize=2");
        var second = await ListAsync($"{query}&page=2&pageSize=2");
        var third = await ListAsync($"{query}&page=3&pageSize=2");
        var beyond = await ListAsync($"{query}&page=9&pageSize=2");
        var all = await ListAsync(query);

        first.Page.ShouldBe(1);
        first.PageSize.ShouldBe(2);
        first.TotalCount.ShouldBe(5);
        first.Items.Select(i => i.Name).ShouldBe(["PT A", "PT B"]);
        second.Items.Select(i => i.Name).ShouldBe(["PT C", "PT D"]);
        third.Items.Select(i => i.Name).ShouldBe(["PT E"]);
        beyond.Items.ShouldBeEmpty();
        beyond.TotalCount.ShouldBe(5);
        all.PageSize.ShouldBe(20);
        all.Page.ShouldBe(1);
        all.Items.Select(i => i.Id).ShouldBe(ids, ignoreOrder: true);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1.5", "pageSize")]
    [InlineData("kecamatan=Serang", "kecamatan")]
    [InlineData("kecamatan=42", "kecamatan")]
    public async Task ListIndustries_BadQuery_Returns400NamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/v1/industries?{query}");

        await response.ShouldBeValidationProblemAsync(parameter);
    }

    [Fact]
    public async Task ListIndustries_PageSizeOfAHundred_IsAllowed()
    {
        (await ListAsync("pageSize=100")).PageSize.ShouldBe(100);
    }

    [Fact]
    public async Task UpdateIndustry_WithMatchingIfMatch_ReplacesProfileAndChangesETag()
    {
        var (industry, etag) = await CreateAsync(TestData.Industry());
        var body = TestData.Industry(nib: industry.Nib, name: "PT Baja Nusantara Tbk", sector: "Petrokimia", kecamatan: "Grogol");
        body.Remove("email");
        using var request = Put(industry.Id, body, etag);

        var response = await _client.SendAsync(request);

        var updated = await response.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        updated.Name.ShouldBe("PT Baja Nusantara Tbk");
        updated.Sector.ShouldBe("Petrokimia");
        updated.Kecamatan.ShouldBe("Grogol");
        updated.Email.ShouldBeNull();
        updated.CreatedAt.ShouldBe(industry.CreatedAt);
        updated.UpdatedAt.ShouldBeGreaterThanOrEqualTo(industry.UpdatedAt);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
        var read = await _client.GetAsync($"/api/v1/industries/{industry.Id}");
        (await read.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(updated);
        read.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task UpdateIndustry_NewNib_IsAllowedWhenFree()
    {
        var (industry, _) = await CreateAsync(TestData.Industry());
        var nib = TestData.NewNib();

        var response = await _client.PutAsJsonAsync($"/api/v1/industries/{industry.Id}", TestData.Industry(nib: nib));

        (await response.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Nib.ShouldBe(nib);
    }

    [Fact]
    public async Task UpdateIndustry_StaleIfMatch_Returns412AndChangesNothing()
    {
        var (industry, etag) = await CreateAsync(TestData.Industry());
        (await _client.PutAsJsonAsync($"/api/v1/industries/{industry.Id}", TestData.Industry(nib: industry.Nib, name: "Perubahan pertama"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var request = Put(industry.Id, TestData.Industry(nib: industry.Nib, name: "Perubahan basi"), etag);

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Name.ShouldBe("Perubahan pertama");
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"999\"")]
    public async Task UpdateIndustry_IfMatchThatCannotMatch_Returns412(string ifMatch)
    {
        var (industry, _) = await CreateAsync(TestData.Industry());
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/industries/{industry.Id}") { Content = JsonContent.Create(TestData.Industry(nib: industry.Nib, name: "Tidak boleh")) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch).ShouldBeTrue();

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Name.ShouldBe(industry.Name);
    }

    [Fact]
    public async Task UpdateIndustry_IfMatchStar_UpdatesAnyVersion()
    {
        var (industry, _) = await CreateAsync(TestData.Industry());
        using var request = Put(industry.Id, TestData.Industry(nib: industry.Nib, name: "PT Bintang"), null);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);

        var response = await _client.SendAsync(request);

        (await response.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Name.ShouldBe("PT Bintang");
    }

    [Fact]
    public async Task UpdateIndustry_ConcurrentUpdatesWithSameIfMatch_ExactlyOneWins()
    {
        var (industry, etag) = await CreateAsync(TestData.Industry());

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _client.SendAsync(Put(industry.Id, TestData.Industry(nib: industry.Nib, name: $"Versi {i}"), etag))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(7);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await loser.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        (await (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Name.ShouldBe(winner.Name);
    }

    [Fact]
    public async Task UpdateIndustry_ConcurrentUpdatesWithoutIfMatch_NeverLoseAWriteSilently()
    {
        var (industry, _) = await CreateAsync(TestData.Industry());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _client.PutAsJsonAsync($"/api/v1/industries/{industry.Id}", TestData.Industry(nib: industry.Nib, name: $"Versi {i}"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        var final = await (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        var okNames = new List<string>();
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            okNames.Add((await r.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Name);
        }

        okNames.ShouldContain(final.Name);
    }

    [Fact]
    public async Task UpdateIndustry_NibOfAnotherIndustry_Returns409()
    {
        var (first, _) = await CreateAsync(TestData.Industry());
        var (second, _) = await CreateAsync(TestData.Industry());

        var response = await _client.PutAsJsonAsync($"/api/v1/industries/{second.Id}", TestData.Industry(nib: first.Nib));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain(first.Nib);
        (await (await _client.GetAsync($"/api/v1/industries/{second.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Nib.ShouldBe(second.Nib);
    }

    [Fact]
    public async Task UpdateIndustry_InvalidBody_Returns400AndChangesNothing()
    {
        var (industry, etag) = await CreateAsync(TestData.Industry());
        var body = TestData.Industry(nib: industry.Nib, name: "");

        var response = await _client.PutAsJsonAsync($"/api/v1/industries/{industry.Id}", body);

        await response.ShouldBeValidationProblemAsync("name");
        (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).Headers.ETag!.Tag.ShouldBe(etag);
    }

    [Fact]
    public async Task UpdateIndustry_UnknownId_Returns404()
    {
        var response = await _client.PutAsJsonAsync($"/api/v1/industries/{Guid.NewGuid()}", TestData.Industry());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ArchiveIndustry_LeavesListsButStaysReadableAsArchived()
    {
        var sector = NewSector();
        var (industry, etag) = await CreateAsync(TestData.Industry(name: "PT Arsip Sementara", sector: sector));
        var (kept, _) = await CreateAsync(TestData.Industry(name: "PT Tetap Aktif", sector: sector));

        (await _client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var read = await _client.GetAsync($"/api/v1/industries/{industry.Id}");
        var archived = await read.ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        archived.Status.ShouldBe("Archived");
        archived.Id.ShouldBe(industry.Id);
        archived.Name.ShouldBe(industry.Name);
        read.Headers.ETag!.Tag.ShouldNotBe(etag);
        var list = await ListAsync($"q={industry.Nib}");
        list.Items.ShouldBeEmpty();
        list.TotalCount.ShouldBe(0);
        (await ListAsync($"sector={Uri.EscapeDataString(sector)}")).Items.Select(i => i.Id).ShouldBe([kept.Id]);
        (await _client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var update = await _client.PutAsJsonAsync($"/api/v1/industries/{industry.Id}", TestData.Industry(nib: industry.Nib));
        (await update.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("archived");
        (await (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Name.ShouldBe("PT Arsip Sementara");
    }

    [Fact]
    public async Task ArchiveIndustry_StaleIfMatch_Returns412AndKeepsItActive()
    {
        var (industry, etag) = await CreateAsync(TestData.Industry());
        (await _client.PutAsJsonAsync($"/api/v1/industries/{industry.Id}", TestData.Industry(nib: industry.Nib, name: "PT Berubah"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/industries/{industry.Id}");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await (await _client.GetAsync($"/api/v1/industries/{industry.Id}")).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK)).Status.ShouldBe("Active");
    }

    [Fact]
    public async Task ArchiveIndustry_NibStaysTaken()
    {
        var (industry, _) = await CreateAsync(TestData.Industry());
        (await _client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await _client.PostJsonAsync("/api/v1/industries", TestData.Industry(nib: industry.Nib));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Industry_UnknownOrNonGuidId_Returns404Problem()
    {
        var unknown = Guid.NewGuid();

        await (await _client.GetAsync($"/api/v1/industries/{unknown}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync($"/api/v1/industries/{unknown}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/v1/industries/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/v1/industries/12")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
