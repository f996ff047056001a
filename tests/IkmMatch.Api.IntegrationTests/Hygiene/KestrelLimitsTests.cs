using System.Net;
using System.Text;
using System.Text.Json;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// What only a real server shows: request bodies on the wire, and the headers Kestrel writes (no Server header). Here
/// the API runs on Kestrel, on a loopback port, over a database of its own.
/// </summary>
/// <remarks>
/// Not here: a chunked body over 1 MB. Kestrel refuses it with a 413 problem once 1 MB has been read, then closes the
/// connection; a client still sending sees a broken pipe about a third of the time instead of the response (HTTP/1.1
/// has no better answer), so such a test could not be deterministic. BadInputTests cover the size limit in memory.
/// </remarks>
public sealed class KestrelLimitsTests(KestrelLimitsTests.KestrelApi api) : IClassFixture<KestrelLimitsTests.KestrelApi>
{
    private readonly HttpClient _client = api.CreateClient();

    public sealed class KestrelApi : ApiFactory
    {
        protected override bool OnKestrel => true;
    }

    private static byte[] IkmWithNameOf(int length) =>
        Encoding.UTF8.GetBytes(JsonEdit.Set(TestData.Ikm(), "name", JsonSerializer.Serialize(new string('x', length))));

    private async Task<int> IkmCountAsync() =>
        (await (await _client.GetAsync("/api/v1/ikms?pageSize=1")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK)).TotalCount;

    [Fact]
    public async Task CreateIkm_ChunkedBodyUnderOneMegabyte_IsRead()
    {
        using var content = new ChunkedContent(IkmWithNameOf(20));

        var response = await _client.PostAsync("/api/v1/ikms", content);

        (await response.ShouldBeAsync<IkmDto>(HttpStatusCode.Created)).Name.ShouldBe(new string('x', 20));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CreateIkm_DeclaredBodyOverOneMegabyte_Returns413Problem(bool idempotencyKey)
    {
        var before = await IkmCountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ikms") { Content = new ByteArrayContent(IkmWithNameOf(1_100_000)) };
        request.Content.Headers.ContentType = new("application/json");

        // The API refuses before reading: a client that sends the body anyway races the server closing the connection
        // (a broken pipe instead of the 413). Expect: 100-continue is how a client learns that before sending 1 MB.
        request.Headers.ExpectContinue = true;
        if (idempotencyKey)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await IkmCountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("/api/v1/ikms")]
    [InlineData("/api/v1/nope")]
    [InlineData("/health/live")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task AnyResponse_CarriesSecurityHeadersAndNoServerHeader(string url)
    {
        var response = await _client.GetAsync(url);

        response.Headers.Contains("Server").ShouldBeFalse();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public async Task LongRequestTarget_Returns414ProblemWithSecurityHeaders()
    {
        var response = await _client.GetAsync("/api/v1/ikms?q=" + new string('a', 9000));

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong)).GetProperty("detail").GetString()!.ShouldContain("8,192");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Theory]
    [InlineData(1, 40_000)]
    [InlineData(150, 10)]
    public async Task TooManyOrTooLargeHeaders_Return431ProblemWithSecurityHeaders(int count, int length)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ikms");
        for (var i = 0; i < count; i++)
        {
            request.Headers.Add($"X-Extra-{i}", new string('h', length));
        }

        var response = await _client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Theory]
    [InlineData("/api/v1/ikms")]
    [InlineData("/api/v1/nope")]
    public async Task ApiResponse_IsNeverStoredByCaches(string url)
    {
        var response = await _client.GetAsync(url);

        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }
}
