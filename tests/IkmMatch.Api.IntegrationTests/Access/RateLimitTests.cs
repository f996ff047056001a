using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// A token bucket per caller (here 2 at once, 1 a second): over the limit is a 429 problem with <c>Retry-After</c>,
/// never a 503; other callers are not slowed down, and health checks are never limited.
/// </summary>
/// <remarks>
/// Only one test here spends the bootstrap key's bucket (on issuing its two keys, which the full bucket of 2 allows);
/// the others use no key or health checks, so that the order the tests run in does not matter.
/// </remarks>
public sealed class RateLimitTests(RateLimitTests.LimitedApi factory) : IClassFixture<RateLimitTests.LimitedApi>
{
    public sealed class LimitedApi : AuthApiFactory
    {
        public LimitedApi()
        {
            Settings["RateLimiting:Enabled"] = "true";
            Settings["RateLimiting:TokenLimit"] = "2";
            Settings["RateLimiting:TokensPerSecond"] = "1";
        }
    }

    private static async Task<List<HttpResponseMessage>> BurstAsync(HttpClient client, string url, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++)
        {
            responses.Add(await client.GetAsync(url));
        }

        return responses;
    }

    private static async Task ShouldBeTooManyRequestsAsync(HttpResponseMessage response)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.GetValues("Retry-After").ShouldHaveSingleItem();
        int.TryParse(retryAfter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            .ShouldBeTrue($"Retry-After should be whole seconds but was '{retryAfter}'");
        seconds.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task OneKey_OverItsBurst_Gets429WithRetryAfter_WhileAnotherKeyIsServed()
    {
        var admin = factory.CreateClient();
        var busy = await AuthTestKeys.IssueAsync(admin, "integration");
        var other = await AuthTestKeys.IssueAsync(admin, "integration");
        var busyClient = factory.CreateClient(busy.Key);

        var responses = await BurstAsync(busyClient, "/api/v1/ikms", 10);
        var otherResponse = await factory.CreateClient(other.Key).GetAsync("/api/v1/ikms");

        responses.Take(2).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        responses.ShouldNotContain(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.TooManyRequests);
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.ShouldNotBeEmpty();
        foreach (var response in limited)
        {
            await ShouldBeTooManyRequestsAsync(response);
        }

        otherResponse.StatusCode.ShouldBe(HttpStatusCode.OK, await otherResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BadKeys_AreLimitedToo()
    {
        var client = factory.CreateClient("not-a-key");

        var responses = await BurstAsync(client, "/api/v1/ikms", 10);

        responses.Take(2).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Unauthorized || r.StatusCode == HttpStatusCode.TooManyRequests);
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.ShouldNotBeEmpty();
        await ShouldBeTooManyRequestsAsync(limited[0]);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthChecks_AreNeverLimited(string url)
    {
        var responses = await BurstAsync(factory.CreateAnonymousClient(), url, 20);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
    }
}
