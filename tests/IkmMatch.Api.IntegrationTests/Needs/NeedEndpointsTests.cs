using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Api.IntegrationTests.Needs;

public sealed class NeedEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<IndustryDto> CreateIndustryAsync(string kecamatan = "Citangkil") =>
        await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry(kecamatan: kecamatan))).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);

    private async Task<(NeedDto Need, string ETag)> CreateNeedAsync(JsonObject body)
    {
        var response = await _client.PostJsonAsync("/api/v1/needs", body);
        var need = await response.ShouldBeAsync<NeedDto>(HttpStatusCode.Created);
        return (need, response.Headers.ETag!.Tag);
    }

    private async Task<NeedDto> CreateNeedAsync(Func<Guid, JsonObject>? body = null)
    {
        var industry = await CreateIndustryAsync();
        return (await CreateNeedAsync(body?.Invoke(industry.Id) ?? NeedTestData.Need(industry.Id))).Need;
    }

    private async Task<NeedDto> GetNeedAsync(Guid id) =>
        await (await _client.GetAsync($"/api/v1/needs/{id}")).ShouldBeAsync<NeedDto>(HttpStatusCode.OK);

    private async Task<PageDto<NeedDto>> ListAsync(string query) =>
        await (await _client.GetAsync($"/api/v1/needs?{query}")).ShouldBeAsync<PageDto<NeedDto>>(HttpStatusCode.OK);

    private static HttpRequestMessage Send(HttpMethod method, string url, JsonNode? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return request;
    }

    /// <summary>Moves a new need to the status: Closed (close), Fulfilled (close with fulfilled) or Cancelled (cancel).</summary>
    private async Task<NeedDto> NeedInStatusAsync(string status)
    {
        var need = await CreateNeedAsync();
        var response = status switch
        {
            "Closed" => await _client.PostAsync($"/api/v1/needs/{need.Id}/close", null),
            "Fulfilled" => await _client.PostJsonAsync($"/api/v1/needs/{need.Id}/close", new { fulfilled = true }),
            "Cancelled" => await _client.PostAsync($"/api/v1/needs/{need.Id}/cancel", null),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a terminal need status"),
        };
        (await response.ShouldBeAsync<NeedDto>(HttpStatusCode.OK)).Status.ShouldBe(status);
        return need;
    }

    // ---- create and read ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task CreateNeed_ValidBody_Returns201WithLocationETagAndEveryField()
    {
        var industry = await CreateIndustryAsync();
        var neededBy = NeedTestData.InDays(120);
        var body = NeedTestData.Need(
            industry.Id,
            title: "  Fabrikasi rak gudang ",
            keywords: ["las", " baja ", "LAS"],
            monthlyVolume: 12.5m,
            required: ["SMK3", "ISO9001", "ISO9001"],
            preferred: ["SNI"],
            minTkdnPercent: 40,
            budget: 750_000_000,
            neededBy: neededBy,
            allowPartialSupply: true);

        var response = await _client.PostJsonAsync("/api/v1/needs", body);

        var need = await response.ShouldBeAsync<NeedDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/needs/{need.Id}");
        response.Headers.ETag.ShouldNotBeNull();
        response.Headers.ETag.IsWeak.ShouldBeFalse();
        need.Id.ShouldNotBe(Guid.Empty);
        need.IndustryId.ShouldBe(industry.Id);
        need.Title.ShouldBe("Fabrikasi rak gudang");
        need.Description.ShouldBe("Rak baja untuk gudang");
        need.Kbli.ShouldBe("25111");
        need.Keywords.ShouldBe(["las", "baja"]);
        need.MonthlyVolume.ShouldBe(12.5m);
        need.Unit.ShouldBe("ton");
        need.RequiredCertifications.ShouldBe(["ISO9001", "SMK3"]);
        need.PreferredCertifications.ShouldBe(["SNI"]);
        need.MinTkdnPercent.ShouldBe(40m);
        need.Budget.ShouldBe(750_000_000L);
        need.NeededBy.ShouldBe(neededBy);
        need.AllowPartialSupply.ShouldBeTrue();
        need.Status.ShouldBe("Open");
        need.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        need.UpdatedAt.ShouldBe(need.CreatedAt);

        var read = await _client.GetAsync($"/api/v1/needs/{need.Id}");
        (await read.ShouldBeAsync<NeedDto>(HttpStatusCode.OK)).ShouldBeEquivalentTo(need);
        read.Headers.ETag!.Tag.ShouldBe(response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task CreateNeed_OptionalFieldsOmitted_Returns201WithDefaults()
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id);
        foreach (var optional in new[] { "description", "keywords", "requiredCertifications", "preferredCertifications", "minTkdnPercent", "budget", "allowPartialSupply" })
        {
            body.Remove(optional);
        }

        var (need, _) = await CreateNeedAsync(body);

        need.Description.ShouldBeNull();
        need.Keywords.ShouldBeEmpty();
        need.RequiredCertifications.ShouldBeEmpty();
        need.PreferredCertifications.ShouldBeEmpty();
        need.MinTkdnPercent.ShouldBeNull();
        need.Budget.ShouldBeNull();
        need.AllowPartialSupply.ShouldBeFalse();
    }

    [Fact]
    public async Task CreateNeed_TomorrowAndBoundaryValues_AreAccepted()
    {
        var industry = await CreateIndustryAsync();

        var (need, _) = await CreateNeedAsync(NeedTestData.Need(
            industry.Id, neededBy: NeedTestData.Today.AddDays(1), minTkdnPercent: 100, budget: 0, monthlyVolume: 0.01m,
            keywords: [.. Enumerable.Range(0, 20).Select(i => $"kata{i}")], title: new string('t', 200)));

        need.NeededBy.ShouldBe(NeedTestData.Today.AddDays(1));
        need.MinTkdnPercent.ShouldBe(100m);
        need.Budget.ShouldBe(0L);
        need.Keywords.Count.ShouldBe(20);
    }

    [Fact]
    public async Task GetNeed_UnknownOrNonGuidId_Returns404Problem()
    {
        var problem = await (await _client.GetAsync($"/api/v1/needs/{Guid.Empty}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString()!.ShouldContain(Guid.Empty.ToString());
        await (await _client.GetAsync($"/api/v1/needs/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/v1/needs/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    // ---- validation ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("kbli", "2511")]
    [InlineData("kbli", "251111")]
    [InlineData("kbli", "2511a")]
    [InlineData("kbli", "")]
    [InlineData("monthlyVolume", 0)]
    [InlineData("monthlyVolume", -5)]
    [InlineData("minTkdnPercent", 100.5)]
    [InlineData("minTkdnPercent", -1)]
    [InlineData("budget", -1)]
    [InlineData("title", "")]
    [InlineData("title", "   ")]
    [InlineData("industryId", "00000000-0000-0000-0000-000000000000")]
    public async Task CreateNeed_InvalidField_Returns400NamingIt(string field, object value)
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id);
        body[field] = value switch
        {
            string s => JsonValue.Create(s),
            int i => JsonValue.Create(i),
            double d => JsonValue.Create((decimal)d),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };

        var response = await _client.PostJsonAsync("/api/v1/needs", body);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("unit", "tonnes")]
    [InlineData("unit", "Tons")]
    public async Task CreateNeed_UnknownUnit_Returns400ListingTheUnits(string field, string value)
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id);
        body[field] = value;

        var messages = await (await _client.PostJsonAsync("/api/v1/needs", body)).ShouldBeValidationProblemAsync(field);

        messages.ShouldContain(m => m.Contains("ton") && m.Contains("pcs"));
    }

    [Theory]
    [InlineData("requiredCertifications")]
    [InlineData("preferredCertifications")]
    public async Task CreateNeed_UnknownCertificationType_Returns400NamingTheEntry(string field)
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id);
        body[field] = new JsonArray("ISO9001", "ISO27001");

        var messages = await (await _client.PostJsonAsync("/api/v1/needs", body)).ShouldBeValidationProblemAsync($"{field}[1]");

        messages.ShouldContain(m => m.Contains("ISO9001"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-400)]
    public async Task CreateNeed_NeededByTodayOrInThePast_Returns400(int days)
    {
        var industry = await CreateIndustryAsync();

        var response = await _client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id, neededBy: NeedTestData.Today.AddDays(days)));

        (await response.ShouldBeValidationProblemAsync("neededBy")).ShouldContain(m => m.Contains(LanguageFormat.Date(NeedTestData.Today, Language.En)));
    }

    [Fact]
    public async Task CreateNeed_TooManyOrTooLongKeywords_Returns400()
    {
        var industry = await CreateIndustryAsync();

        var tooMany = NeedTestData.Need(industry.Id, keywords: [.. Enumerable.Range(0, 21).Select(i => $"kata{i}")]);
        (await (await _client.PostJsonAsync("/api/v1/needs", tooMany)).ShouldBeValidationProblemAsync("keywords")).ShouldContain(m => m.Contains("20"));

        var tooLong = NeedTestData.Need(industry.Id, keywords: ["las", new string('k', 51)]);
        await (await _client.PostJsonAsync("/api/v1/needs", tooLong)).ShouldBeValidationProblemAsync("keywords[1]");

        var empty = NeedTestData.Need(industry.Id, keywords: ["las", " "]);
        await (await _client.PostJsonAsync("/api/v1/needs", empty)).ShouldBeValidationProblemAsync("keywords[1]");
    }

    [Fact]
    public async Task CreateNeed_TitleOrDescriptionTooLong_Returns400()
    {
        var industry = await CreateIndustryAsync();

        var title = NeedTestData.Need(industry.Id, title: new string('t', 201));
        (await (await _client.PostJsonAsync("/api/v1/needs", title)).ShouldBeValidationProblemAsync("title")).ShouldContain(m => m.Contains("200"));

        var description = NeedTestData.Need(industry.Id, description: new string('d', 2001));
        await (await _client.PostJsonAsync("/api/v1/needs", description)).ShouldBeValidationProblemAsync("description");
    }

    [Fact]
    public async Task CreateNeed_UnknownIndustry_Returns400NamingIndustryId()
    {
        var unknown = Guid.NewGuid();

        var messages = await (await _client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(unknown))).ShouldBeValidationProblemAsync("industryId");

        messages.ShouldContain(m => m.Contains(unknown.ToString()));
        (await ListAsync($"industryId={unknown}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateNeed_ArchivedIndustry_Returns409AndCreatesNothing()
    {
        var industry = await CreateIndustryAsync();
        (await _client.DeleteAsync($"/api/v1/industries/{industry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await _client.PostJsonAsync("/api/v1/needs", NeedTestData.Need(industry.Id));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain(industry.Id.ToString());
        (await ListAsync($"industryId={industry.Id}")).TotalCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("industryId")]
    [InlineData("title")]
    [InlineData("kbli")]
    [InlineData("monthlyVolume")]
    [InlineData("unit")]
    [InlineData("neededBy")]
    public async Task CreateNeed_RequiredFieldMissing_Returns400NamingIt(string field)
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id);
        body.Remove(field);

        var response = await _client.PostJsonAsync("/api/v1/needs", body);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("kbli")]
    [InlineData("monthlyVolume")]
    [InlineData("keywords")]
    [InlineData("requiredCertifications")]
    public async Task CreateNeed_NullForANonNullableField_Returns400NamingIt(string field)
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id);
        body[field] = null;

        var response = await _client.PostJsonAsync("/api/v1/needs", body);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task CreateNeed_NoOrEmptyBody_Returns400()
    {
        using var empty = new StringContent(string.Empty, Encoding.UTF8, "application/json");
        await (await _client.PostAsync("/api/v1/needs", empty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        using var notJson = new StringContent("{\"title\": ", Encoding.UTF8, "application/json");
        await (await _client.PostAsync("/api/v1/needs", notJson)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        using var array = new StringContent("[]", Encoding.UTF8, "application/json");
        await (await _client.PostAsync("/api/v1/needs", array)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateNeed_SeveralInvalidFields_NamesEachOne()
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id, kbli: "25", monthlyVolume: 0, minTkdnPercent: 101, budget: -5, neededBy: NeedTestData.Today);

        var problem = await (await _client.PostJsonAsync("/api/v1/needs", body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        foreach (var key in new[] { "kbli", "monthlyVolume", "minTkdnPercent", "budget", "neededBy" })
        {
            errors.TryGetProperty(key, out _).ShouldBeTrue($"{key} missing from {errors}");
        }

        errors.TryGetProperty("title", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("monthlyVolume", "0.0004")]
    [InlineData("monthlyVolume", "12.3456")]
    [InlineData("minTkdnPercent", "39.996")]
    public async Task CreateNeed_MoreDecimalsThanKept_IsRefusedOrReadBackUnchanged(string field, string value)
    {
        var industry = await CreateIndustryAsync();
        var body = NeedTestData.Need(industry.Id, minTkdnPercent: 40);
        body[field] = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        var response = await _client.PostJsonAsync("/api/v1/needs", body);

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await response.ShouldBeValidationProblemAsync(field);
            return;
        }

        var created = await response.ShouldBeAsync<NeedDto>(HttpStatusCode.Created);
        var read = await GetNeedAsync(created.Id);
        read.MonthlyVolume.ShouldBe(created.MonthlyVolume);
        read.MinTkdnPercent.ShouldBe(created.MinTkdnPercent);
        read.MonthlyVolume.ShouldBeGreaterThan(0m);
    }

    [Fact]
    public async Task ListNeeds_NumericStatus_Returns400()
    {
        await (await _client.GetAsync("/api/v1/needs?status=1")).ShouldBeValidationProblemAsync("status");
    }

    // ---- list ---------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task ListNeeds_FiltersByIndustryStatusAndKbliPrefix_NewestFirst()
    {
        var industry = await CreateIndustryAsync();
        var other = await CreateIndustryAsync();
        var (fabrication, _) = await CreateNeedAsync(NeedTestData.Need(industry.Id, kbli: "25111"));
        var (machining, _) = await CreateNeedAsync(NeedTestData.Need(industry.Id, kbli: "25920", unit: "hour"));
        var (repair, _) = await CreateNeedAsync(NeedTestData.Need(industry.Id, kbli: "33121", unit: "unit"));
        var (otherIndustries, _) = await CreateNeedAsync(NeedTestData.Need(other.Id, kbli: "25111"));
        (await _client.PostAsync($"/api/v1/needs/{repair.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        async Task<Guid[]> IdsAsync(string query)
        {
            var page = await ListAsync(query);
            page.TotalCount.ShouldBe(page.Items.Count, query);
            return [.. page.Items.Select(n => n.Id)];
        }

        (await IdsAsync($"industryId={industry.Id}")).ShouldBe([repair.Id, machining.Id, fabrication.Id]);
        (await IdsAsync($"industryId={industry.Id}&status=Open")).ShouldBe([machining.Id, fabrication.Id]);
        (await IdsAsync($"industryId={industry.Id}&status=Cancelled")).ShouldBe([repair.Id]);
        (await IdsAsync($"industryId={industry.Id}&status=Closed")).ShouldBeEmpty();
        (await IdsAsync($"industryId={industry.Id}&kbli=25")).ShouldBe([machining.Id, fabrication.Id]);
        (await IdsAsync($"industryId={industry.Id}&kbli=2511")).ShouldBe([fabrication.Id]);
        (await IdsAsync($"industryId={industry.Id}&kbli=25111")).ShouldBe([fabrication.Id]);
        (await IdsAsync($"industryId={industry.Id}&kbli=33&status=Open")).ShouldBeEmpty();
        (await IdsAsync($"industryId={other.Id}")).ShouldBe([otherIndustries.Id]);

        var all = await ListAsync("kbli=25111&pageSize=100");
        all.Items.Select(n => n.Id).ShouldContain(fabrication.Id);
        all.Items.Select(n => n.Id).ShouldContain(otherIndustries.Id);
        all.Items.ShouldAllBe(n => n.Kbli == "25111");
        all.Items.Select(n => n.CreatedAt).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task ListNeeds_Paging_SplitsTheFilteredListAndCountsAll()
    {
        var industry = await CreateIndustryAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await CreateNeedAsync(NeedTestData.Need(industry.Id, title: $"Kebutuhan {i}"))).Need.Id);
        }

        ids.Reverse();

        var first = await ListAsync($"industryId={industry.Id}&pageSize=2&page=1");
        var second = await ListAsync($"industryId={industry.Id}&pageSize=2&page=2");
        var third = await ListAsync($"industryId={industry.Id}&pageSize=2&page=3");
        var beyond = await ListAsync($"industryId={industry.Id}&pageSize=2&page=4");

        first.Items.Select(n => n.Id).ShouldBe(ids[..2]);
        second.Items.Select(n => n.Id).ShouldBe(ids[2..4]);
        third.Items.Select(n => n.Id).ShouldBe(ids[4..]);
        beyond.Items.ShouldBeEmpty();
        new[] { first, second, third, beyond }.ShouldAllBe(p => p.TotalCount == 5 && p.PageSize == 2);
        (first.Page, second.Page, third.Page, beyond.Page).ShouldBe((1, 2, 3, 4));
        (await ListAsync($"industryId={industry.Id}")).PageSize.ShouldBe(20);
    }

    [Theory]
    [InlineData("kbli=2", "kbli")]
    [InlineData("kbli=251111", "kbli")]
    [InlineData("kbli=25a", "kbli")]
    [InlineData("status=Pending", "status")]
    [InlineData("status=9", "status")]
    [InlineData("industryId=not-a-guid", "industryId")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=abc", "page")]
    public async Task ListNeeds_InvalidQuery_Returns400NamingTheParameter(string query, string field)
    {
        var response = await _client.GetAsync($"/api/v1/needs?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    // ---- update -------------------------------------------------------------------------------------------------------

    [Fact]
    public async Task UpdateNeed_WithMatchingIfMatch_ReplacesDetailsAndChangesETag()
    {
        var industry = await CreateIndustryAsync();
        var (need, etag) = await CreateNeedAsync(NeedTestData.Need(industry.Id));
        var neededBy = NeedTestData.InDays(300);
        var body = NeedTestData.Need(
            industry.Id, kbli: "25119", title: "Rak gudang tahap dua", description: null, keywords: ["rak"], monthlyVolume: 40, unit: "pcs",
            required: ["SNI"], preferred: [], minTkdnPercent: 25, budget: null, neededBy: neededBy, allowPartialSupply: true);

        var response = await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{need.Id}", body, etag));

        var updated = await response.ShouldBeAsync<NeedDto>(HttpStatusCode.OK);
        updated.Id.ShouldBe(need.Id);
        updated.Kbli.ShouldBe("25119");
        updated.Title.ShouldBe("Rak gudang tahap dua");
        updated.Description.ShouldBeNull();
        updated.Keywords.ShouldBe(["rak"]);
        updated.MonthlyVolume.ShouldBe(40m);
        updated.Unit.ShouldBe("pcs");
        updated.RequiredCertifications.ShouldBe(["SNI"]);
        updated.MinTkdnPercent.ShouldBe(25m);
        updated.Budget.ShouldBeNull();
        updated.NeededBy.ShouldBe(neededBy);
        updated.AllowPartialSupply.ShouldBeTrue();
        updated.Status.ShouldBe("Open");
        updated.CreatedAt.ShouldBe(need.CreatedAt);
        updated.UpdatedAt.ShouldBeGreaterThan(need.UpdatedAt);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
        (await GetNeedAsync(need.Id)).ShouldBeEquivalentTo(updated);
    }

    [Fact]
    public async Task UpdateNeed_StaleIfMatch_Returns412AndChangesNothing()
    {
        var industry = await CreateIndustryAsync();
        var (need, etag) = await CreateNeedAsync(NeedTestData.Need(industry.Id));
        (await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{need.Id}", NeedTestData.Need(industry.Id, title: "Perubahan pertama")))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{need.Id}", NeedTestData.Need(industry.Id, title: "Perubahan basi"), etag));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await GetNeedAsync(need.Id)).Title.ShouldBe("Perubahan pertama");
    }

    [Fact]
    public async Task UpdateNeed_AnotherIndustry_Returns400NamingIndustryIdAndChangesNothing()
    {
        var industry = await CreateIndustryAsync();
        var other = await CreateIndustryAsync();
        var (need, _) = await CreateNeedAsync(NeedTestData.Need(industry.Id));

        var response = await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{need.Id}", NeedTestData.Need(other.Id, title: "Pindah industri")));

        (await response.ShouldBeValidationProblemAsync("industryId")).ShouldContain(m => m.Contains(industry.Id.ToString()));
        var read = await GetNeedAsync(need.Id);
        read.IndustryId.ShouldBe(industry.Id);
        read.Title.ShouldBe(need.Title);
    }

    [Fact]
    public async Task UpdateNeed_InvalidBody_Returns400AndChangesNothing()
    {
        var industry = await CreateIndustryAsync();
        var (need, _) = await CreateNeedAsync(NeedTestData.Need(industry.Id));

        var response = await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{need.Id}", NeedTestData.Need(industry.Id, monthlyVolume: 0, neededBy: NeedTestData.Today)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("monthlyVolume", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("neededBy", out _).ShouldBeTrue();
        (await GetNeedAsync(need.Id)).ShouldBeEquivalentTo(need);
    }

    [Fact]
    public async Task UpdateNeed_UnknownId_Returns404()
    {
        var industry = await CreateIndustryAsync();

        var response = await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{Guid.NewGuid()}", NeedTestData.Need(industry.Id)));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    // ---- close and cancel ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task CloseNeed_NoBody_IsClosed()
    {
        var need = await CreateNeedAsync();

        var response = await _client.PostAsync($"/api/v1/needs/{need.Id}/close", null);

        var closed = await response.ShouldBeAsync<NeedDto>(HttpStatusCode.OK);
        closed.Status.ShouldBe("Closed");
        closed.UpdatedAt.ShouldBeGreaterThan(need.UpdatedAt);
        response.Headers.ETag.ShouldNotBeNull();
        (await GetNeedAsync(need.Id)).Status.ShouldBe("Closed");
    }

    [Theory]
    [InlineData("{\"fulfilled\": true}", "Fulfilled")]
    [InlineData("{\"fulfilled\": false}", "Closed")]
    [InlineData("{}", "Closed")]
    public async Task CloseNeed_WithBody_IsFulfilledOrClosed(string json, string expected)
    {
        var need = await CreateNeedAsync();

        var response = await _client.SendAsync(Send(HttpMethod.Post, $"/api/v1/needs/{need.Id}/close", JsonNode.Parse(json)));

        (await response.ShouldBeAsync<NeedDto>(HttpStatusCode.OK)).Status.ShouldBe(expected);
        (await GetNeedAsync(need.Id)).Status.ShouldBe(expected);
    }

    [Fact]
    public async Task CloseNeed_InvalidBody_Returns400AndStaysOpen()
    {
        var need = await CreateNeedAsync();

        var response = await _client.SendAsync(Send(HttpMethod.Post, $"/api/v1/needs/{need.Id}/close", JsonNode.Parse("{\"fulfilled\": \"yes\"}")));

        await response.ShouldBeValidationProblemAsync("fulfilled");
        (await GetNeedAsync(need.Id)).Status.ShouldBe("Open");
    }

    [Fact]
    public async Task CancelNeed_OpenNeed_IsCancelled()
    {
        var need = await CreateNeedAsync();

        var response = await _client.PostAsync($"/api/v1/needs/{need.Id}/cancel", null);

        (await response.ShouldBeAsync<NeedDto>(HttpStatusCode.OK)).Status.ShouldBe("Cancelled");
        (await GetNeedAsync(need.Id)).Status.ShouldBe("Cancelled");
    }

    [Theory]
    [InlineData("close")]
    [InlineData("cancel")]
    public async Task Transition_StaleIfMatch_Returns412AndStaysOpen(string action)
    {
        var industry = await CreateIndustryAsync();
        var (need, etag) = await CreateNeedAsync(NeedTestData.Need(industry.Id));
        (await _client.SendAsync(Send(HttpMethod.Put, $"/api/v1/needs/{need.Id}", NeedTestData.Need(industry.Id, title: "Diubah")))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await _client.SendAsync(Send(HttpMethod.Post, $"/api/v1/needs/{need.Id}/{action}", ifMatch: etag));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await GetNeedAsync(need.Id)).Status.ShouldBe("Open");
    }

    [Theory]
    [InlineData("close")]
    [InlineData("cancel")]
    public async Task Transition_CurrentIfMatch_Succeeds(string action)
    {
        var industry = await CreateIndustryAsync();
        var (need, etag) = await CreateNeedAsync(NeedTestData.Need(industry.Id));

        var response = await _client.SendAsync(Send(HttpMethod.Post, $"/api/v1/needs/{need.Id}/{action}", ifMatch: etag));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldNotBe(etag);
    }

    [Theory]
    [InlineData("Closed", "close")]
    [InlineData("Closed", "fulfil")]
    [InlineData("Closed", "cancel")]
    [InlineData("Closed", "update")]
    [InlineData("Fulfilled", "close")]
    [InlineData("Fulfilled", "cancel")]
    [InlineData("Fulfilled", "update")]
    [InlineData("Cancelled", "close")]
    [InlineData("Cancelled", "fulfil")]
    [InlineData("Cancelled", "cancel")]
    [InlineData("Cancelled", "update")]
    public async Task Transition_NeedNotOpen_Returns409NamingTheStatusAndChangesNothing(string status, string action)
    {
        var need = await NeedInStatusAsync(status);
        var before = await GetNeedAsync(need.Id);

        var response = action switch
        {
            "close" => await _client.PostAsync($"/api/v1/needs/{need.Id}/close", null),
            "fulfil" => await _client.PostJsonAsync($"/api/v1/needs/{need.Id}/close", new { fulfilled = true }),
            "cancel" => await _client.PostAsync($"/api/v1/needs/{need.Id}/cancel", null),
            _ => await _client.PutAsJsonAsync($"/api/v1/needs/{need.Id}", NeedTestData.Need(need.IndustryId, title: "Terlambat")),
        };

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain(status);
        (await GetNeedAsync(need.Id)).ShouldBeEquivalentTo(before);
    }

    [Theory]
    [InlineData("close")]
    [InlineData("cancel")]
    public async Task Transition_UnknownId_Returns404(string action)
    {
        var response = await _client.PostAsync($"/api/v1/needs/{Guid.NewGuid()}/{action}", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
