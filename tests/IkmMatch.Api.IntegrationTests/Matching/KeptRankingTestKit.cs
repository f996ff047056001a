using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>The API with the outbox dispatcher off: tests hand the keeper its changes themselves (<see cref="DrainAsync"/>).</summary>
public class KeptRankingFactory : ApiFactory
{
    public KeptRankingFactory()
    {
        Settings["Outbox:Enabled"] = "false";
    }

    /// <summary>Runs the ranking keeper (and every consumer) over every change written so far.</summary>
    public Task DrainAsync() =>
        Services.GetRequiredService<IOutboxDispatcher>().DrainAsync(TestContext.Current.CancellationToken);
}

/// <summary>Writes and reads through HTTP, as clients do.</summary>
internal static class KeptRankingApi
{
    public static async Task<NeedMatchesDto> MatchesAsync(this HttpClient client, Guid needId, int limit = 20, bool includeIneligible = false) =>
        await (await client.GetAsync($"/api/v1/needs/{needId}/matches?limit={limit}&includeIneligible={includeIneligible}", TestContext.Current.CancellationToken))
            .ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);

    public static async Task<IkmDto> IkmAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/ikms/{id}", TestContext.Current.CancellationToken)).ShouldBeAsync<IkmDto>(HttpStatusCode.OK);

    /// <summary>The IKM's profile as a request body, to change and send back.</summary>
    public static JsonObject Body(IkmDto ikm) => TestData.Ikm(
        nib: ikm.Nib,
        name: ikm.Name,
        kecamatan: ikm.Kecamatan,
        capabilities: new JsonArray([.. ikm.Capabilities.Select(c => (JsonNode?)NeedTestData.Capability(c.Kbli, c.MonthlyCapacity, c.Unit, c.Name, c.Description))]),
        certifications: new JsonArray([.. ikm.Certifications.Select(c => (JsonNode?)new JsonObject
        {
            ["type"] = c.Type,
            ["number"] = c.Number,
            ["issuer"] = c.Issuer,
            ["validUntil"] = c.ValidUntil is { } until ? NeedTestData.Iso(until) : null,
            ["tkdnPercent"] = c.TkdnPercent,
        })]));

    public static async Task<IkmDto> PutIkmAsync(this HttpClient client, Guid id, JsonObject body) =>
        await (await client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/ikms/{id}", body), TestContext.Current.CancellationToken))
            .ShouldBeAsync<IkmDto>(HttpStatusCode.OK);

    public static async Task VerifyIkmAsync(this HttpClient client, Guid id) =>
        (await client.PostAsync($"/api/v1/ikms/{id}/verify", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

    public static async Task<NeedDto> NeedAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/needs/{id}", TestContext.Current.CancellationToken)).ShouldBeAsync<NeedDto>(HttpStatusCode.OK);

    /// <summary>The need as a request body, with <paramref name="monthlyVolume"/> and <paramref name="title"/> when given.</summary>
    public static JsonObject Body(NeedDto need, decimal? monthlyVolume = null, string? title = null) => NeedTestData.Need(
        need.IndustryId,
        kbli: need.Kbli,
        title: title ?? need.Title,
        description: need.Description,
        keywords: [.. need.Keywords],
        monthlyVolume: monthlyVolume ?? need.MonthlyVolume,
        unit: need.Unit,
        required: [.. need.RequiredCertifications],
        preferred: [.. need.PreferredCertifications],
        minTkdnPercent: need.MinTkdnPercent,
        budget: need.Budget,
        neededBy: need.NeededBy,
        allowPartialSupply: need.AllowPartialSupply);

    public static async Task<NeedDto> PutNeedAsync(this HttpClient client, Guid id, JsonObject body) =>
        await (await client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/needs/{id}", body), TestContext.Current.CancellationToken))
            .ShouldBeAsync<NeedDto>(HttpStatusCode.OK);

    public static async Task<PageDto<AlertDto>> AlertsAsync(this HttpClient client, Guid ikmId, string query = "pageSize=100") =>
        await (await client.GetAsync($"/api/v1/ikms/{ikmId}/alerts?{query}", TestContext.Current.CancellationToken))
            .ShouldBeAsync<PageDto<AlertDto>>(HttpStatusCode.OK);
}
