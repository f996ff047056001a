using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IkmMatch.Api.IntegrationTests.OpenApi;

/// <summary>
/// The served OpenAPI document (the contract other systems build on) and Swagger UI, in the Production environment.
/// The document is also saved to <c>$IKMMATCH_OPENAPI_OUT</c> when set, for build/test.sh to lint with Spectral.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public const string OutputVariable = "IKMMATCH_OPENAPI_OUT";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The client errors each registry route can produce, at the least.</summary>
    public static TheoryData<string, string, string> KnownRoutes() => new()
    {
        { "post", "/api/v1/ikms", "400,409,413,415" },
        { "get", "/api/v1/ikms", "400" },
        { "get", "/api/v1/ikms/{id}", "404" },
        { "put", "/api/v1/ikms/{id}", "400,404,409,412,413,415" },
        { "delete", "/api/v1/ikms/{id}", "404,412" },
        { "post", "/api/v1/ikms/{id}/verify", "404,409,412" },
        { "post", "/api/v1/industries", "400,409,413,415" },
        { "get", "/api/v1/industries", "400" },
        { "get", "/api/v1/industries/{id}", "404" },
        { "put", "/api/v1/industries/{id}", "400,404,409,412,413,415" },
        { "delete", "/api/v1/industries/{id}", "404,412" },
    };

    private async Task<JsonObject> DocumentAsync()
    {
        var response = await _client.GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from method in Methods
        where path.Value![method] is JsonObject
        select (path.Key, method, path.Value![method]!.AsObject());

    /// <summary>Follows a <c>$ref</c> into components.</summary>
    private static JsonObject Resolve(JsonObject document, JsonNode node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode)document, (n, segment) => n[segment]!);
        }

        return node.AsObject();
    }

    /// <summary>The schema a property refers to, directly, through allOf/oneOf (how nullable references are written), or through an array's items.</summary>
    private static JsonObject PropertySchema(JsonObject document, JsonObject schema, string property)
    {
        var node = Resolve(document, schema["properties"]![property]!);
        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (node[combinator] is JsonArray parts)
            {
                node = Resolve(document, parts.First(p => p?["$ref"] is not null || p?["type"]?.GetValue<string>() != "null")!);
            }
        }

        return node;
    }

    [Fact]
    public async Task SwaggerJson_IsServedWithInfoContactAndServers_AndSavedForTheLinter()
    {
        var response = await _client.GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } output)
        {
            var path = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine($"OpenAPI document saved to {path}");
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        factory.Services.GetRequiredService<IHostEnvironment>().EnvironmentName.ShouldBe(Environments.Production);
        var document = JsonNode.Parse(text)!.AsObject();
        (document["openapi"] ?? document["swagger"])!.GetValue<string>().ShouldStartWith("3.");
        var info = document["info"]!;
        info["title"]!.GetValue<string>().ShouldBe("IkmMatch API");
        info["version"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        info["description"]!.GetValue<string>().ShouldContain("Cilegon");
        info["contact"]!["name"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        info["contact"]!["email"]!.GetValue<string>().ShouldContain('@');
        Uri.IsWellFormedUriString(info["contact"]!["url"]!.GetValue<string>(), UriKind.Absolute).ShouldBeTrue();
        var servers = document["servers"]!.AsArray();
        servers.ShouldNotBeEmpty();
        Uri.IsWellFormedUriString(servers[0]!["url"]!.GetValue<string>(), UriKind.Absolute).ShouldBeTrue(servers.ToJsonString());
        document["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/v1/ikms");
        document["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/v1/industries/{id}");
    }

    [Fact]
    public async Task SwaggerJson_ForgedHostHeader_IsNotEchoedIntoServers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/swagger/v1/swagger.json");
        request.Headers.Host = "evil.example:8443";

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldNotContain("evil.example");
        Uri.IsWellFormedUriString(JsonNode.Parse(text)!["servers"]![0]!["url"]!.GetValue<string>(), UriKind.Absolute).ShouldBeTrue();
    }

    [Fact]
    public async Task EveryOperation_HasSummaryUniqueOperationIdAndA2xxResponse()
    {
        var document = await DocumentAsync();

        var operations = Operations(document).ToList();

        operations.Count.ShouldBeGreaterThanOrEqualTo(11);
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            operation["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{where} has no summary");
            operation["summary"].ShouldNotBeNull($"{where} has no summary");
            operation["operationId"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace($"{where} has no operationId");
            operation["operationId"].ShouldNotBeNull($"{where} has no operationId");
            var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            responses.ShouldContain(code => code.StartsWith('2'), $"{where} documents no 2xx response: {string.Join(", ", responses)}");
        }

        operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).ShouldBeUnique();
    }

    [Fact]
    public async Task EveryOperation_DocumentsTheClientErrorsItsShapeCanProduce()
    {
        // Whatever the route: a body can be malformed (400), too large (413) or not JSON (415); an {id} can be unknown
        // (404); If-Match can be stale (412); query parameters can be invalid (400). Each as a problem.
        var document = await DocumentAsync();
        var missing = new List<string>();

        foreach (var (path, method, operation) in Operations(document))
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            var parameters = operation["parameters"]?.AsArray().Select(p => Resolve(document, p!)).ToList() ?? [];
            if (operation["requestBody"] is not null)
            {
                expected.UnionWith(["400", "413", "415"]);
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            if (parameters.Any(p => p["in"]!.GetValue<string>() == "header" && string.Equals(p["name"]!.GetValue<string>(), "If-Match", StringComparison.OrdinalIgnoreCase)))
            {
                expected.Add("412");
            }

            if (parameters.Any(p => p["in"]!.GetValue<string>() == "query"))
            {
                expected.Add("400");
            }

            var responses = operation["responses"]!.AsObject();
            foreach (var status in expected.Where(s => responses[s] is null))
            {
                missing.Add($"{method.ToUpperInvariant()} {path} does not document {status}");
            }

            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
            {
                var content = Resolve(document, response!)["content"]?.AsObject();
                if (content?.ContainsKey("application/problem+json") != true)
                {
                    missing.Add($"{method.ToUpperInvariant()} {path} documents {status} without an application/problem+json body");
                }
            }
        }

        missing.ShouldBeEmpty(string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(KnownRoutes))]
    public async Task RegistryOperation_DocumentsEveryClientErrorItCanReturn(string method, string path, string statuses)
    {
        var document = await DocumentAsync();

        var operation = document["paths"]![path]?[method];

        operation.ShouldNotBeNull($"{method.ToUpperInvariant()} {path} is not documented");
        var documented = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
        foreach (var status in statuses.Split(','))
        {
            documented.ShouldContain(status, $"{method.ToUpperInvariant()} {path} documents {string.Join(", ", documented)}");
        }
    }

    [Fact]
    public async Task SecuritySchemes_ApiKeyHeaderAndBearer_AreOfferedAndRequiredByEveryOperation()
    {
        var document = await DocumentAsync();

        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        schemes["ApiKey"]!["type"]!.GetValue<string>().ShouldBe("apiKey");
        schemes["ApiKey"]!["in"]!.GetValue<string>().ShouldBe("header");
        schemes["ApiKey"]!["name"]!.GetValue<string>().ShouldBe("X-Api-Key");
        schemes["Bearer"]!["type"]!.GetValue<string>().ShouldBe("http");
        schemes["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        foreach (var (path, method, operation) in Operations(document))
        {
            var security = operation["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList();
            security.ShouldBe(["ApiKey", "Bearer"], ignoreOrder: true, $"{method} {path}");
            var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            responses.ShouldContain("401", $"{method} {path}");
            responses.ShouldContain("403", $"{method} {path}");
            responses.ShouldContain("429", $"{method} {path}");
        }
    }

    [Fact]
    public async Task IssueApiKeyExample_IsAcceptedOnceItsIkmExists()
    {
        var document = await DocumentAsync();
        var media = document["paths"]!["/api/v1/api-keys"]!["post"]!["requestBody"]!["content"]!["application/json"]!.AsObject();
        var example = (media["example"] ?? Resolve(document, media["schema"]!)["example"])!.AsObject().DeepClone().AsObject();
        var ikm = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        example["ikmId"] = ikm.Id.ToString();
        example["name"] = $"contoh-{Guid.NewGuid():N}";

        var response = await _client.PostJsonAsync("/api/v1/api-keys", example);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        example["role"]!.GetValue<string>().ShouldBe("ikm");
    }

    [Theory]
    [InlineData("/api/v1/ikms", "IkmResponse")]
    [InlineData("/api/v1/industries", "IndustryResponse")]
    public async Task CreateRequestBody_CarriesAnExampleThatTheApiAccepts(string path, string responseSchema)
    {
        var document = await DocumentAsync();
        var requestBody = document["paths"]![path]!["post"]!["requestBody"]!;
        var media = requestBody["content"]!["application/json"]!.AsObject();

        var example = media["example"] ?? Resolve(document, media["schema"]!)["example"];

        example.ShouldNotBeNull($"POST {path} has no request example");
        example["nib"]!.GetValue<string>().Length.ShouldBe(13);
        var response = await _client.PostJsonAsync(path, example);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        document["paths"]![path]!["post"]!["responses"]!["201"].ShouldNotBeNull();
        document["components"]!["schemas"]![responseSchema].ShouldNotBeNull();
    }

    [Fact]
    public async Task Schemas_WriteEnumsAsTheirWireStrings()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();

        var unit = PropertySchema(document, schemas["CapabilityRequest"]!.AsObject(), "unit");
        var kecamatan = PropertySchema(document, schemas["IkmRequest"]!.AsObject(), "kecamatan");
        var certification = PropertySchema(document, schemas["CertificationRequest"]!.AsObject(), "type");

        unit["type"]?.GetValue<string>().ShouldBe("string");
        unit["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(
            ["pcs", "kg", "ton", "litre", "m2", "m3", "set", "unit", "pax", "hour", "pair", "dozen", "metre", "trip", "lot"]);
        kecamatan["type"]?.GetValue<string>().ShouldBe("string");
        kecamatan["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("Ciwandan");
        certification["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(
            ["SNI", "ISO9001", "ISO14001", "ISO45001", "SMK3", "Halal", "TKDN", "Other", "CSMS", "SLHS", "WelderCompetency", "OperatorCompetency"]);
        PropertySchema(document, schemas["IkmResponse"]!.AsObject(), "status")["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["Active", "Archived"]);
    }

    [Fact]
    public async Task SwaggerUi_IndexHtml_ServesTheUiForTheDocument()
    {
        var response = await _client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("swagger-ui");
        html.ShouldContain("IkmMatch API");
        (await _client.GetAsync("/swagger/swagger-ui-bundle.js", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/swagger")]
    [InlineData("/swagger/")]
    [InlineData("/")]
    public async Task SwaggerUi_ShortAddresses_LeadToTheUi(string url)
    {
        using var noRedirects = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await noRedirects.GetAsync(url, TestContext.Current.CancellationToken);
        var followed = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        ((int)first.StatusCode).ShouldBeInRange(200, 399);
        followed.StatusCode.ShouldBe(HttpStatusCode.OK);
        followed.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await followed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("swagger-ui");
    }
}
