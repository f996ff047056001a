using System.Net;
using System.Text;
using System.Text.Json;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// Bad requests at the writes of both registries, through HTTP: every one is a 4xx RFC 9457 problem that says what
/// was wrong (and where), and none of them writes anything.
/// </summary>
public sealed class BadInputTests(RegistryTargets api) : IClassFixture<RegistryTargets>
{
    private readonly HttpClient _client = api.Factory.CreateClient();

    /// <summary>Malformed bodies, and where the reader stops (1-based, as the problem says it; a prefix where the byte is the end).</summary>
    public static TheoryData<string, string, string, string> MalformedJson()
    {
        var cases = new (string Name, string Body, string Where)[]
        {
            ("truncated", """{"nib": "9120001234567", "name": "CV Baja""", "(line 1, byte "),
            ("trailing comma", "{\n  \"nib\": \"9120001234567\",\n  \"name\": \"CV Baja\",\n}", "(line 4, byte 1)"),
            ("single quotes", "{\n  \"nib\": \"9120001234567\",\n  'name': 'CV Baja'\n}", "(line 3, byte 3)"),
            ("bare text", "CV Baja Las Mandiri", "(line 1, byte 1)"),
            ("unclosed object", "{\n\"nib\": \"9120001234567\"\n", "(line 3, byte "),
            ("missing comma", "{\"nib\": \"9120001234567\" \"name\": \"CV Baja\"}", "(line 1, byte 25)"),
        };
        var data = new TheoryData<string, string, string, string>();
        foreach (var target in RegistryTargets.All)
        {
            foreach (var (name, body, where) in cases)
            {
                data.Add(target, name, body, where);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> WrongJsonTypes() => FieldCases(
        ikm:
        [
            ("workforce", "\"12\""),
            ("workforce", "12.5"),
            ("nib", "9120001234567"),
            ("name", "[\"CV Baja\"]"),
            ("capabilities", "{}"),
            ("capabilities[0]", "\"25111\""),
            ("capabilities[0].monthlyCapacity", "true"),
            ("capabilities[0].monthlyCapacity", "\"20\""),
            ("certifications[0].validUntil", "20271231"),
            ("certifications[0].validUntil", "\"31-12-2027\""),
            ("$", "[]"),
            ("$", "\"text\""),
            ("$", "42"),
        ],
        industry:
        [
            ("nib", "8120009876543"),
            ("name", "{}"),
            ("sector", "[]"),
            ("kecamatan", "true"),
            ("email", "1"),
            ("$", "[]"),
            ("$", "true"),
        ]);

    public static TheoryData<string, string, string> UnknownEnumValues() => FieldCases(
        ikm:
        [
            ("kecamatan", "\"Serang\""),
            ("kecamatan", "3"),
            ("kecamatan", "\"3\""),
            ("kecamatan", "\"\""),
            ("capabilities[0].unit", "\"tonnes\""),
            ("capabilities[0].unit", "2"),
            ("certifications[0].type", "\"ISO27001\""),
            ("certifications[0].type", "1"),
            ("kecamatan", "\"Ciwandan, Grogol\""),
            ("capabilities[0].unit", "\"ton,kg\""),
            ("certifications[0].type", "\"SNI, Halal\""),
        ],
        industry:
        [
            ("kecamatan", "\"Serang\""),
            ("kecamatan", "3"),
            ("kecamatan", "-1"),
            ("kecamatan", "\"Grogol,Jombang\""),
        ]);

    public static TheoryData<string, string, string> NullForRequiredFields() => FieldCases(
        ikm:
        [
            ("nib", "null"),
            ("name", "null"),
            ("kecamatan", "null"),
            ("workforce", "null"),
            ("capabilities", "null"),
            ("capabilities[0]", "null"),
            ("capabilities[0].kbli", "null"),
            ("capabilities[0].monthlyCapacity", "null"),
            ("capabilities[0].unit", "null"),
            ("certifications[0].type", "null"),
        ],
        industry:
        [
            ("nib", "null"),
            ("name", "null"),
            ("sector", "null"),
            ("kecamatan", "null"),
        ]);

    public static TheoryData<string, string> MissingRequiredFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in RegistryTargets.All)
        {
            if (RegistryTargets.IsIkm(target))
            {
                data.Add(target, "nib,name,kecamatan,workforce");
                data.Add(target, "workforce");
                data.Add(target, "capabilities[0].kbli,capabilities[0].name,capabilities[0].monthlyCapacity,capabilities[0].unit");
                data.Add(target, "certifications[0].type");
            }
            else
            {
                data.Add(target, "nib,name,sector,kecamatan");
                data.Add(target, "sector");
            }
        }

        return data;
    }

    public static TheoryData<string, string> Targets(string[] extra)
    {
        var data = new TheoryData<string, string>();
        foreach (var target in RegistryTargets.All)
        {
            foreach (var value in extra)
            {
                data.Add(target, value);
            }
        }

        return data;
    }

    public static TheoryData<string, string> EmptyBodies() => Targets(["", "   ", "\n", "null"]);

    public static TheoryData<string, string> WrongContentTypes() => Targets(
    [
        "text/plain; charset=utf-8",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/octet-stream",
        "text/json-ish",
        "(none)",
    ]);

    public static TheoryData<string> AllTargets() => [.. RegistryTargets.All];

    private static TheoryData<string, string, string> FieldCases((string Path, string Raw)[] ikm, (string Path, string Raw)[] industry)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var target in RegistryTargets.All)
        {
            foreach (var (path, raw) in RegistryTargets.IsIkm(target) ? ikm : industry)
            {
                data.Add(target, path, raw);
            }
        }

        return data;
    }

    private async Task<HttpResponseMessage> SendAsync(string target, string body, string? contentType = "application/json")
    {
        using var request = RegistryTargets.Request(RegistryTargets.Method(target), api.Url(target), body, contentType);
        return await _client.SendAsync(request);
    }

    /// <summary>Sends a write that must be refused, and asserts that it changed nothing.</summary>
    private async Task<HttpResponseMessage> SendRejectedAsync(string target, string body, string? contentType = "application/json")
    {
        var before = await api.SnapshotAsync(_client);
        var response = await SendAsync(target, body, contentType);
        response.IsSuccessStatusCode.ShouldBeFalse(await response.Content.ReadAsStringAsync());
        (await api.SnapshotAsync(_client)).ShouldBe(before, "a rejected request must not write anything");
        return response;
    }

    [Fact]
    public async Task Write_ValidBody_Succeeds()
    {
        // The baseline every case below departs from: the same request with a sound body is accepted.
        foreach (var target in RegistryTargets.All)
        {
            var response = await SendAsync(target, api.ValidBody(target).ToJsonString());

            response.StatusCode.ShouldBe(target.StartsWith("POST", StringComparison.Ordinal) ? HttpStatusCode.Created : HttpStatusCode.OK, target);
        }
    }

    [Theory]
    [MemberData(nameof(MalformedJson))]
    public async Task Write_MalformedJson_Returns400SayingLineAndByte(string target, string name, string body, string where)
    {
        var response = await SendRejectedAsync(target, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()!).ToList();
        messages.ShouldContain(m => m.Contains("not valid JSON", StringComparison.Ordinal) && m.Contains(where, StringComparison.Ordinal), $"{name}: {problem.GetRawText()}");
    }

    [Theory]
    [MemberData(nameof(WrongJsonTypes))]
    public async Task Write_WrongJsonType_Returns400NamingTheFieldPath(string target, string path, string raw)
    {
        var response = await SendRejectedAsync(target, JsonEdit.Set(api.ValidBody(target), path, raw));

        var messages = await response.ShouldBeValidationProblemAsync(path);
        messages.ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(UnknownEnumValues))]
    public async Task Write_UnknownOrNumericEnumValue_Returns400NamingTheFieldAndTheAllowedValues(string target, string path, string raw)
    {
        var response = await SendRejectedAsync(target, JsonEdit.Set(api.ValidBody(target), path, raw));

        var messages = await response.ShouldBeValidationProblemAsync(path);
        var allowed = path switch
        {
            "capabilities[0].unit" => "ton",
            "certifications[0].type" => "ISO9001",
            _ => "Ciwandan",
        };
        messages.ShouldContain(m => m.Contains(allowed, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NullForRequiredFields))]
    public async Task Write_NullForRequiredField_Returns400NamingIt(string target, string path, string raw)
    {
        var response = await SendRejectedAsync(target, JsonEdit.Set(api.ValidBody(target), path, raw));

        await response.ShouldBeValidationProblemAsync(path);
    }

    [Theory]
    [MemberData(nameof(MissingRequiredFields))]
    public async Task Write_MissingRequiredFields_Returns400NamingEach(string target, string paths)
    {
        var missing = paths.Split(',');

        var response = await SendRejectedAsync(target, JsonEdit.Remove(api.ValidBody(target), missing));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var path in missing)
        {
            errors.TryGetProperty(path, out var messages).ShouldBeTrue($"errors should name '{path}' but were {errors}");
            messages.EnumerateArray().ShouldContain(m => m.GetString()!.Contains("required", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(EmptyBodies))]
    public async Task Write_EmptyOrNullBodyWithJsonContentType_Returns400(string target, string body)
    {
        var response = await SendRejectedAsync(target, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(WrongContentTypes))]
    public async Task Write_WrongContentType_Returns415(string target, string contentType)
    {
        var body = api.ValidBody(target).ToJsonString();

        var response = await SendRejectedAsync(target, body, contentType == "(none)" ? null : contentType);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain("application/json");
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public async Task Write_JsonContentTypeWithCharset_IsAccepted(string target)
    {
        // Not a 415: the content type is JSON, only spelled differently.
        var response = await SendAsync(target, api.ValidBody(target).ToJsonString(), "application/json; charset=utf-8");

        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public async Task Write_BodyOverOneMegabyte_Returns413(string target)
    {
        var body = JsonEdit.Set(api.ValidBody(target), "name", JsonSerializer.Serialize(new string('x', 1024 * 1024)));
        Encoding.UTF8.GetByteCount(body).ShouldBeGreaterThan(1024 * 1024);

        var response = await SendRejectedAsync(target, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("1,048,576");
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public async Task Write_BodyJustUnderOneMegabyte_IsReadAndValidated(string target)
    {
        // A body within the limit is read: the over-long name is a validation error, not a 413.
        var padding = 1024 * 1024 - Encoding.UTF8.GetByteCount(JsonEdit.Set(api.ValidBody(target), "name", "\"\"")) - 16;
        var body = JsonEdit.Set(api.ValidBody(target), "name", JsonSerializer.Serialize(new string('x', padding)));
        Encoding.UTF8.GetByteCount(body).ShouldBeLessThan(1024 * 1024);

        var response = await SendRejectedAsync(target, body);

        await response.ShouldBeValidationProblemAsync("name");
    }

    [Theory]
    [InlineData(RegistryTargets.PostIkm, true)]
    [InlineData(RegistryTargets.PostIkm, false)]
    [InlineData(RegistryTargets.PostIndustry, true)]
    [InlineData(RegistryTargets.PostIndustry, false)]
    public async Task Create_BodyOverOneMegabyteWithIdempotencyKey_Returns413AndLeavesTheKeyUnused(string target, bool declaredLength)
    {
        // The idempotency middleware reads (and hashes) the body before anything else does.
        var key = Guid.NewGuid().ToString();
        var bytes = Encoding.UTF8.GetBytes(JsonEdit.Set(api.ValidBody(target), "name", JsonSerializer.Serialize(new string('x', 1_100_000))));
        var before = await api.SnapshotAsync(_client);
        using var request = new HttpRequestMessage(HttpMethod.Post, api.Url(target))
        {
            Content = declaredLength ? new ByteArrayContent(bytes) : new ChunkedContent(bytes),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("Idempotency-Key", key);

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await api.SnapshotAsync(_client)).ShouldBe(before);
        using var retry = RegistryTargets.Request(HttpMethod.Post, api.Url(target), api.ValidBody(target).ToJsonString());
        retry.Headers.Add("Idempotency-Key", key);
        (await _client.SendAsync(retry)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("PUT", "/api/v1/ikms/not-a-guid")]
    [InlineData("PUT", "/api/v1/ikms/12")]
    [InlineData("GET", "/api/v1/ikms/0000")]
    [InlineData("DELETE", "/api/v1/ikms/{00000000-0000-0000-0000-00000000000g}")]
    [InlineData("POST", "/api/v1/ikms/not-a-guid/verify")]
    [InlineData("PUT", "/api/v1/industries/not-a-guid")]
    [InlineData("GET", "/api/v1/industries/123")]
    [InlineData("DELETE", "/api/v1/industries/x")]
    public async Task Request_RouteIdNotAGuid_Returns404Problem(string method, string url)
    {
        var before = await api.SnapshotAsync(_client);
        using var request = RegistryTargets.Request(new HttpMethod(method), url, TestData.Ikm().ToJsonString());

        var response = await _client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        (await api.SnapshotAsync(_client)).ShouldBe(before);
    }

    [Theory]
    [InlineData("GET", "/api/v1/nope")]
    [InlineData("GET", "/api/v2/ikms")]
    [InlineData("POST", "/api/v2/ikms")]
    [InlineData("POST", "/api/v1/ikm")]
    [InlineData("GET", "/api")]
    [InlineData("GET", "/api/v1")]
    [InlineData("GET", "/api/v1/ikms/00000000-0000-0000-0000-000000000001/nope")]
    [InlineData("DELETE", "/nope")]
    public async Task Request_UnknownRoute_Returns404Problem(string method, string url)
    {
        var before = await api.SnapshotAsync(_client);
        using var request = RegistryTargets.Request(new HttpMethod(method), url, TestData.Ikm().ToJsonString());

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await api.SnapshotAsync(_client)).ShouldBe(before);
    }

    [Theory]
    [InlineData("PATCH", "ikm", "GET,PUT,DELETE")]
    [InlineData("POST", "ikm", "GET,PUT,DELETE")]
    [InlineData("DELETE", "/api/v1/ikms", "GET,POST")]
    [InlineData("PUT", "/api/v1/ikms", "GET,POST")]
    [InlineData("PATCH", "/api/v1/ikms", "GET,POST")]
    [InlineData("GET", "ikm/verify", "POST")]
    [InlineData("PATCH", "industry", "GET,PUT,DELETE")]
    [InlineData("DELETE", "/api/v1/industries", "GET,POST")]
    public async Task Request_WrongMethod_Returns405ProblemWithAllow(string method, string url, string allowed)
    {
        url = url switch
        {
            "ikm" => $"/api/v1/ikms/{api.IkmId}",
            "ikm/verify" => $"/api/v1/ikms/{api.IkmId}/verify",
            "industry" => $"/api/v1/industries/{api.IndustryId}",
            _ => url,
        };
        var before = await api.SnapshotAsync(_client);
        using var request = RegistryTargets.Request(new HttpMethod(method), url, TestData.Ikm().ToJsonString());

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(allowed.Split(','), ignoreOrder: true);
        (await api.SnapshotAsync(_client)).ShouldBe(before);
    }

    [Theory]
    [InlineData("/api/v1/ikms?page=abc", "page")]
    [InlineData("/api/v1/ikms?page=99999999999", "page")]
    [InlineData("/api/v1/ikms?pageSize=1.5", "pageSize")]
    [InlineData("/api/v1/ikms?pageSize=", "pageSize")]
    [InlineData("/api/v1/ikms?verified=yes", "verified")]
    [InlineData("/api/v1/ikms?certification=ISO27001", "certification")]
    [InlineData("/api/v1/ikms?kecamatan=Serang", "kecamatan")]
    [InlineData("/api/v1/industries?page=abc", "page")]
    [InlineData("/api/v1/industries?page=1e3", "page")]
    [InlineData("/api/v1/industries?pageSize=twenty", "pageSize")]
    [InlineData("/api/v1/industries?pageSize=-1", "pageSize")]
    [InlineData("/api/v1/industries?kecamatan=Serang", "kecamatan")]
    [InlineData("/api/v1/industries?kecamatan=99", "kecamatan")]
    [InlineData("/api/v1/ikms?kecamatan=3", "kecamatan")]
    [InlineData("/api/v1/industries?kecamatan=3", "kecamatan")]
    [InlineData("/api/v1/industries?kecamatan=Ciwandan,Grogol", "kecamatan")]
    [InlineData("/api/v1/ikms?certification=1", "certification")]
    public async Task List_QueryParameterOfWrongType_Returns400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        await response.ShouldBeValidationProblemAsync(parameter);
    }

    [Theory]
    [InlineData("capabilities[0].monthlyCapacity", "0.0004", "capabilities[0].monthlyCapacity")]
    [InlineData("capabilities[0].monthlyCapacity", "20.0004", "capabilities[0].monthlyCapacity")]
    [InlineData("certifications", "[{\"type\": \"TKDN\", \"tkdnPercent\": 39.996}]", "certifications[0].tkdnPercent")]
    public async Task CreateIkm_MoreDecimalsThanStored_Returns400InsteadOfRounding(string path, string raw, string expectedKey)
    {
        // The database keeps 3 decimals of a capacity and 2 of a percentage: more would be rounded away silently.
        var response = await SendRejectedAsync(RegistryTargets.PostIkm, JsonEdit.Set(api.ValidBody(RegistryTargets.PostIkm), path, raw));

        await response.ShouldBeValidationProblemAsync(expectedKey);
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public async Task Write_NulCharacterInText_Returns400NamingTheField(string target)
    {
        // PostgreSQL cannot store U+0000 in text: without validation this was a 500.
        var response = await SendRejectedAsync(target, JsonEdit.Set(api.ValidBody(target), "name", "\"CV\\u0000Baja\""));

        await response.ShouldBeValidationProblemAsync("name");
    }

    [Theory]
    [InlineData("/api/v1/ikms?q=CV%00", "q")]
    [InlineData("/api/v1/industries?q=%00", "q")]
    [InlineData("/api/v1/industries?sector=Baja%00", "sector")]
    public async Task List_NulCharacterInTextFilter_Returns400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        await response.ShouldBeValidationProblemAsync(parameter);
    }

    [Theory]
    [InlineData("/api/v1/ikms?page=2147483647")]
    [InlineData("/api/v1/industries?page=30000000&pageSize=100")]
    public async Task List_PageWhoseOffsetOverflows_Returns400NamingPage(string url)
    {
        // (page - 1) * pageSize past int.MaxValue was a negative OFFSET, refused by PostgreSQL: a 500.
        var response = await _client.GetAsync(url);

        await response.ShouldBeValidationProblemAsync("page");
    }
}
