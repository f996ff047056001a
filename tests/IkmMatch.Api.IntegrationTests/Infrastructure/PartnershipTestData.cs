using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>Partnership request bodies for tests, as a client would write them.</summary>
public static class PartnershipTestData
{
    public static readonly DateOnly Start = new(2027, 1, 1);
    public static readonly DateOnly End = new(2027, 12, 31);

    /// <summary>A proposal: from a need (<paramref name="needId"/>) or directly (<paramref name="industryId"/>); both or neither for the 400 cases.</summary>
    public static JsonObject Proposal(Guid ikmId, Guid? needId = null, Guid? industryId = null, string pattern = "SupplyChain", string? notes = null)
    {
        var body = new JsonObject { ["ikmId"] = ikmId.ToString(), ["pattern"] = pattern };
        if (needId is not null)
        {
            body["needId"] = needId.Value.ToString();
        }

        if (industryId is not null)
        {
            body["industryId"] = industryId.Value.ToString();
        }

        if (notes is not null)
        {
            body["notes"] = notes;
        }

        return body;
    }

    public static JsonObject Activation(long contractValue = 150_000_000, DateOnly? start = null, DateOnly? end = null) => new()
    {
        ["contractValue"] = contractValue,
        ["startDate"] = NeedTestData.Iso(start ?? Start),
        ["endDate"] = NeedTestData.Iso(end ?? End),
    };

    public static JsonObject Completion(int rating = 4, int jobsCreated = 3, string? note = null)
    {
        var body = new JsonObject { ["rating"] = rating, ["jobsCreated"] = jobsCreated };
        if (note is not null)
        {
            body["note"] = note;
        }

        return body;
    }

    public static JsonObject Reason(string reason) => new() { ["reason"] = reason };

    public static JsonObject Note(string note) => new() { ["note"] = note };

    /// <summary>A valid body for each life-cycle action.</summary>
    public static JsonObject ValidBody(string action) => action switch
    {
        "accept" => Note("siap memasok"),
        "reject" => Reason("kapasitas penuh"),
        "withdraw" => Reason("anggaran ditunda"),
        "activate" => Activation(),
        "complete" => Completion(),
        "terminate" => Reason("mutu tidak sesuai"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static readonly string[] Actions = ["accept", "reject", "withdraw", "activate", "complete", "terminate"];

    /// <summary>The actions each status allows, in the order the API names them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Proposed"] = ["accept", "reject", "withdraw"],
        ["Accepted"] = ["activate", "withdraw"],
        ["Active"] = ["complete", "terminate"],
        ["Completed"] = [],
        ["Rejected"] = [],
        ["Withdrawn"] = [],
        ["Terminated"] = [],
    };

    /// <summary>The shortest path of actions from Proposed to <paramref name="status"/>.</summary>
    public static string[] PathTo(string status) => status switch
    {
        "Proposed" => [],
        "Accepted" => ["accept"],
        "Active" => ["accept", "activate"],
        "Completed" => ["accept", "activate", "complete"],
        "Rejected" => ["reject"],
        "Withdrawn" => ["withdraw"],
        "Terminated" => ["accept", "activate", "terminate"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

/// <summary>The registry, needs and partnerships through HTTP, for partnership tests: each helper asserts its own success.</summary>
public sealed class PartnershipApi(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<IkmDto> CreateIkmAsync(JsonObject? body = null) =>
        await (await Client.PostJsonAsync("/api/v1/ikms", body ?? TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);

    public async Task<IndustryDto> CreateIndustryAsync(string kecamatan = "Citangkil") =>
        await (await Client.PostJsonAsync("/api/v1/industries", TestData.Industry(kecamatan: kecamatan))).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);

    public async Task<NeedDto> CreateNeedAsync(JsonObject body) =>
        await (await Client.PostJsonAsync("/api/v1/needs", body)).ShouldBeAsync<NeedDto>(HttpStatusCode.Created);

    public async Task<NeedDto> CreateNeedAsync(Guid industryId) => await CreateNeedAsync(NeedTestData.Need(industryId));

    public async Task<PartnershipDto> ProposeAsync(JsonObject body) =>
        await (await Client.PostJsonAsync("/api/v1/partnerships", body)).ShouldBeAsync<PartnershipDto>(HttpStatusCode.Created);

    public async Task<PartnershipDto> GetAsync(Guid id) =>
        await (await Client.GetAsync($"/api/v1/partnerships/{id}")).ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);

    public async Task<PageDto<PartnershipDto>> ListAsync(string query) =>
        await (await Client.GetAsync($"/api/v1/partnerships?{query}")).ShouldBeAsync<PageDto<PartnershipDto>>(HttpStatusCode.OK);

    public Task<HttpResponseMessage> SendAsync(Guid id, string action, JsonNode? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partnerships/{id}/{action}");
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Takes the action and expects 200; returns the partnership it answered.</summary>
    public async Task<PartnershipDto> MoveAsync(Guid id, string action, JsonNode? body = null) =>
        await (await SendAsync(id, action, body ?? PartnershipTestData.ValidBody(action))).ShouldBeAsync<PartnershipDto>(HttpStatusCode.OK);

    /// <summary>A direct (needless) partnership of a new IKM and a new industry, brought to <paramref name="status"/>.</summary>
    public async Task<PartnershipDto> InStatusAsync(string status)
    {
        var ikm = await CreateIkmAsync();
        var industry = await CreateIndustryAsync();
        var partnership = await ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));
        foreach (var action in PartnershipTestData.PathTo(status))
        {
            partnership = await MoveAsync(partnership.Id, action);
        }

        partnership.Status.ShouldBe(status);
        return partnership;
    }

    /// <summary>The match item of one IKM for a need, as raw JSON (ineligible ones included).</summary>
    public async Task<JsonElement?> MatchItemAsync(Guid needId, Guid ikmId)
    {
        var response = await Client.GetAsync($"/api/v1/needs/{needId}/matches?includeIneligible=true&limit=100");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        foreach (var item in JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("ikmId").GetGuid() == ikmId)
            {
                return item.Clone();
            }
        }

        return null;
    }

    public static HttpRequestMessage Json(HttpMethod method, string url, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return request;
    }
}
