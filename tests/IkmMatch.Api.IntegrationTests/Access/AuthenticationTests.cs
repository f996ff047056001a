using System.Net;
using System.Text;
using System.Text.Json;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// Who may call at all: without credentials only <c>/health/*</c> and Swagger answer; everything else, unknown routes
/// included, is a 401 problem with <c>WWW-Authenticate</c>. Bad keys of every shape are a 401, never a 500, and the
/// bootstrap admin key of the configuration acts as <c>bootstrap-admin</c>.
/// </summary>
public sealed class AuthenticationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    private static readonly string SomeId = Guid.NewGuid().ToString();

    public static TheoryData<string, string> ProtectedRoutes() => new()
    {
        { "GET", "/api/v1/ikms" },
        { "POST", "/api/v1/ikms" },
        { "GET", $"/api/v1/ikms/{SomeId}" },
        { "PUT", $"/api/v1/ikms/{SomeId}" },
        { "DELETE", $"/api/v1/ikms/{SomeId}" },
        { "POST", $"/api/v1/ikms/{SomeId}/verify" },
        { "GET", $"/api/v1/ikms/{SomeId}/opportunities" },
        { "GET", "/api/v1/industries" },
        { "POST", "/api/v1/industries" },
        { "GET", "/api/v1/needs" },
        { "GET", $"/api/v1/needs/{SomeId}/matches" },
        { "POST", "/api/v1/partnerships" },
        { "GET", "/api/v1/partnerships" },
        { "POST", $"/api/v1/partnerships/{SomeId}/accept" },
        { "GET", "/api/v1/reports/summary" },
        { "GET", "/api/v1/reports/capability-gaps" },
        { "GET", "/api/v1/api-keys" },
        { "GET", "/api/v1/no-such-route" },
        { "GET", "/no-such-page" },
        { "DELETE", "/api/v1/ikms" },
    };

    public static TheoryData<string> AnonymousRoutes() => ["/health/live", "/health/ready", "/swagger/v1/swagger.json", "/swagger/index.html"];

    public static TheoryData<string> BadKeys()
    {
        var random = "ikm_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return
        [
            random,
            "not-a-key",
            string.Empty,
            " ",
            TestAuth.AdminKey + "x",
            TestAuth.AdminKey[..^1],
            TestAuth.AdminKey.ToUpperInvariant(),
            " " + TestAuth.AdminKey + "0",
            "ikm_",
            new string('a', 256),
            new string('a', 257),
            new string('k', 10 * 1024),
            "'; DROP TABLE api_keys; --",
            "%00%ff\\u0000",
        ];
    }

    private static HttpRequestMessage Request(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent(JsonSerializer.Serialize(TestData.Ikm()), Encoding.UTF8, "application/json");
        }

        return request;
    }

    private async Task<int> IkmCountAsync() =>
        (await (await _admin.GetAsync("/api/v1/ikms?pageSize=1")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK)).TotalCount;

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Route_WithoutCredentials_Returns401ProblemWithWwwAuthenticate(string method, string url)
    {
        using var request = Request(method, url);

        var response = await factory.CreateAnonymousClient().SendAsync(request);

        var challenges = await response.ShouldBeUnauthorizedAsync();
        challenges.ShouldBe(["ApiKey header=\"X-Api-Key\""]); // no bearer tokens on a host without Auth:Jwt
    }

    [Fact]
    public async Task Create_WithoutCredentials_CreatesNothing()
    {
        var before = await IkmCountAsync();

        await (await factory.CreateAnonymousClient().PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeUnauthorizedAsync();
        await (await factory.CreateClient("not-a-key").PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeUnauthorizedAsync();

        (await IkmCountAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(AnonymousRoutes))]
    public async Task HealthAndSwagger_WithoutCredentials_Return200(string url)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.WwwAuthenticate.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Route_WithABadKey_Returns401NeverA500(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        request.Headers.TryAddWithoutValidation(TestAuth.HeaderName, key).ShouldBeTrue();

        var response = await factory.CreateAnonymousClient().SendAsync(request);

        await response.ShouldBeUnauthorizedAsync();
    }

    [Fact]
    public async Task Route_WithAKeyOfNonAsciiBytes_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        request.Headers.TryAddWithoutValidation(TestAuth.HeaderName, "kunci-rahasia-ééé-ключ").ShouldBeTrue();

        var response = await factory.CreateAnonymousClient().SendAsync(request);

        await response.ShouldBeUnauthorizedAsync();
    }

    [Fact]
    public async Task Route_WithTwoKeyHeaders_Returns401EvenWhenBothAreValid()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        request.Headers.TryAddWithoutValidation(TestAuth.HeaderName, [TestAuth.AdminKey, TestAuth.AdminKey]).ShouldBeTrue();

        var response = await factory.CreateAnonymousClient().SendAsync(request);

        await response.ShouldBeUnauthorizedAsync();
    }

    [Fact]
    public async Task Route_WithAValidKeyInAnotherHeader_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + TestAuth.AdminKey).ShouldBeTrue();

        var response = await factory.CreateAnonymousClient().SendAsync(request);

        await response.ShouldBeUnauthorizedAsync();
    }

    [Fact]
    public async Task BootstrapKey_IsAnAdmin_RecordedAsBootstrapAdmin()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "integration");
        var api = new PartnershipApi(_admin);
        var ikm = await api.CreateIkmAsync();
        var industry = await api.CreateIndustryAsync();

        var partnership = await api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        partnership.History.ShouldHaveSingleItem().Actor.ShouldBe("bootstrap-admin");
        (await AuthTestKeys.ListAsync(_admin)).Single(k => k.Id == issued.Id).CreatedBy.ShouldBe("bootstrap-admin");
        (await _admin.PostAsync($"/api/v1/ikms/{ikm.Id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task IssuedKey_IsRecordedUnderItsName()
    {
        var issued = await AuthTestKeys.IssueAsync(_admin, "admin");
        var api = new PartnershipApi(factory.CreateClient(issued.Key));
        var ikm = await api.CreateIkmAsync();
        var industry = await api.CreateIndustryAsync();

        var partnership = await api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));

        partnership.History.ShouldHaveSingleItem().Actor.ShouldBe(issued.Name);
        partnership.History[0].Actor.ShouldNotContain(issued.Key);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("0123456789abcdef0123456789abcde")] // 31 characters
    [InlineData(null)] // 257 characters: longer than any key the API reads, so it could never be used
    public async Task Startup_BootstrapKeyNotOf32To256Characters_RefusesToStart(string? key)
    {
        key ??= new string('b', 257);
        await using var host = new ApiFactory();
        host.Settings["Auth:BootstrapAdminKey"] = key;

        var failure = await Should.ThrowAsync<OptionsValidationException>(async () => await host.InitializeAsync());

        failure.Message.ShouldContain("Auth:BootstrapAdminKey");
        failure.Message.ShouldNotContain(key);
    }

    [Fact]
    public async Task Startup_BootstrapKeyOf32Characters_StartsAndTheKeyWorks()
    {
        const string key = "0123456789abcdef0123456789abcdef";
        await using var host = new ApiFactory();
        host.Settings["Auth:BootstrapAdminKey"] = key;

        await host.InitializeAsync();

        (await host.CreateClient(key).GetAsync("/api/v1/api-keys")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await host.CreateClient(TestAuth.AdminKey).GetAsync("/api/v1/api-keys")).ShouldBeUnauthorizedAsync();
    }
}
