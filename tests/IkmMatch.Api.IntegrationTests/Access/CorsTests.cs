using System.Net;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// Cross-origin calls only from the origins in <c>Cors:AllowedOrigins</c> (none by default, and then no CORS header at
/// all), and the security headers on every response. Both hosts run on Kestrel, which would write a Server header.
/// </summary>
public sealed class CorsTests(CorsTests.PlainApi plain, CorsTests.PortalApi portal) : IClassFixture<CorsTests.PlainApi>, IClassFixture<CorsTests.PortalApi>
{
    public const string Portal = "https://portal.example";

    public sealed class PlainApi : AuthApiFactory
    {
        protected override bool OnKestrel => true;
    }

    public sealed class PortalApi : AuthApiFactory
    {
        public PortalApi() => Settings["Cors:AllowedOrigins:0"] = Portal;

        protected override bool OnKestrel => true;
    }

    private static HttpRequestMessage Preflight(string origin, string url = "/api/v1/ikms", string method = "POST")
    {
        var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        return request;
    }

    private static string[] Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? [.. values] : [];

    private static string[] CorsHeaders(HttpResponseMessage response) =>
        [.. response.Headers.Select(h => h.Key).Where(k => k.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))];

    private static void ShouldHaveSecurityHeaders(HttpResponseMessage response)
    {
        Header(response, "X-Content-Type-Options").ShouldBe(["nosniff"], $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} {response.StatusCode}");
        response.Headers.Server.ShouldBeEmpty();
        Header(response, "Server").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Portal)]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    public async Task DefaultHost_Preflight_GetsNoCorsHeaders(string origin)
    {
        using var request = Preflight(origin);

        var response = await plain.CreateAnonymousClient().SendAsync(request);

        CorsHeaders(response).ShouldBeEmpty();
        ShouldHaveSecurityHeaders(response);
    }

    [Fact]
    public async Task DefaultHost_CrossOriginRequest_GetsNoCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        request.Headers.Add("Origin", Portal);

        var response = await plain.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        CorsHeaders(response).ShouldBeEmpty();
    }

    [Fact]
    public async Task ConfiguredHost_PreflightFromTheListedOrigin_IsAllowedWithTheKeyHeader()
    {
        using var request = Preflight(Portal);

        var response = await portal.CreateAnonymousClient().SendAsync(request);

        ((int)response.StatusCode).ShouldBeInRange(200, 204);
        Header(response, "Access-Control-Allow-Origin").ShouldBe([Portal]);
        Header(response, "Access-Control-Allow-Headers").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))
            .ShouldContain(h => string.Equals(h, "X-Api-Key", StringComparison.OrdinalIgnoreCase));
        Header(response, "Access-Control-Allow-Methods").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ShouldContain("POST");
        Header(response, "Access-Control-Allow-Credentials").ShouldBeEmpty();
        ShouldHaveSecurityHeaders(response);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://portal.example.evil.example")]
    [InlineData("http://portal.example")]
    [InlineData("null")]
    public async Task ConfiguredHost_PreflightFromAnotherOrigin_IsNotAllowed(string origin)
    {
        using var request = Preflight(origin);

        var response = await portal.CreateAnonymousClient().SendAsync(request);

        Header(response, "Access-Control-Allow-Origin").ShouldBeEmpty();
        Header(response, "Access-Control-Allow-Headers").ShouldBeEmpty();
        ShouldHaveSecurityHeaders(response);
    }

    [Fact]
    public async Task ConfiguredHost_CrossOriginRequest_CarriesTheOriginAndExposesETag()
    {
        var admin = portal.CreateClient();
        var ikm = await AuthTestKeys.CreateIkmAsync(admin);
        using var allowed = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ikms/{ikm.Id}");
        allowed.Headers.Add("Origin", Portal);
        using var other = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ikms/{ikm.Id}");
        other.Headers.Add("Origin", "https://evil.example");

        var fromPortal = await admin.SendAsync(allowed);
        var fromElsewhere = await admin.SendAsync(other);

        fromPortal.StatusCode.ShouldBe(HttpStatusCode.OK);
        Header(fromPortal, "Access-Control-Allow-Origin").ShouldBe([Portal]);
        Header(fromPortal, "Access-Control-Expose-Headers").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))
            .ShouldContain(h => string.Equals(h, "ETag", StringComparison.OrdinalIgnoreCase));
        Header(fromElsewhere, "Access-Control-Allow-Origin").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("GET", "/api/v1/ikms", true)]
    [InlineData("GET", "/api/v1/ikms", false)]
    [InlineData("GET", "/api/v1/no-such-route", true)]
    [InlineData("GET", "/health/live", false)]
    [InlineData("GET", "/health/ready", false)]
    [InlineData("GET", "/swagger/v1/swagger.json", false)]
    [InlineData("GET", "/swagger/index.html", false)]
    [InlineData("POST", "/api/v1/ikms", true)]
    [InlineData("DELETE", "/api/v1/api-keys/00000000-0000-0000-0000-000000000001", true)]
    public async Task EveryResponse_HasNosniffAndNoServerHeader(string method, string url, bool withKey)
    {
        foreach (var host in new AuthApiFactory[] { plain, portal })
        {
            var client = withKey ? host.CreateClient() : host.CreateAnonymousClient();
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
            }

            var response = await client.SendAsync(request);

            ShouldHaveSecurityHeaders(response);
        }
    }
}
