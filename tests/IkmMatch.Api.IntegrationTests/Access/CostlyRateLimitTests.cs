using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// The costly routes (matches, opportunities, reports) have a bucket per caller of their own (here 2 at once, 1 a
/// second) inside the general one (here generous): a caller that spends it gets 429 there while its cheap reads, and
/// other callers' costly ones, are still served.
/// </summary>
public sealed class CostlyRateLimitTests(CostlyRateLimitTests.LimitedApi factory) : IClassFixture<CostlyRateLimitTests.LimitedApi>
{
    public sealed class LimitedApi : AuthApiFactory
    {
        public LimitedApi()
        {
            Settings["RateLimiting:Enabled"] = "true";
            Settings["RateLimiting:TokenLimit"] = "1000";
            Settings["RateLimiting:TokensPerSecond"] = "100";
            Settings["RateLimiting:Costly:TokenLimit"] = "2";
            Settings["RateLimiting:Costly:TokensPerSecond"] = "1";
        }
    }

    [Theory]
    [InlineData("/api/v1/reports/summary")]
    [InlineData("/api/v1/reports/capability-gaps")]
    [InlineData("matches")]
    [InlineData("opportunities")]
    public async Task CostlyRoute_OverItsOwnBucket_Is429_WhileCheapReadsAndOtherCallersAreServed(string route)
    {
        var admin = factory.CreateClient();
        var api = new PartnershipApi(admin);
        var ikm = await api.CreateIkmAsync();
        var need = await api.CreateNeedAsync((await api.CreateIndustryAsync()).Id);
        var url = route switch
        {
            "matches" => $"/api/v1/needs/{need.Id}/matches",
            "opportunities" => $"/api/v1/ikms/{ikm.Id}/opportunities",
            _ => route,
        };
        var busy = factory.CreateClient((await AuthTestKeys.IssueAsync(admin, "integration")).Key);
        var other = factory.CreateClient((await AuthTestKeys.IssueAsync(admin, "integration")).Key);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            responses.Add(await busy.GetAsync(url));
        }

        responses.Take(2).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        limited.ShouldNotBeEmpty();
        (await limited[0].ShouldBeProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString()!.ShouldContain("costly");
        (await busy.GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
