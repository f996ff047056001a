using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Hygiene;

/// <summary>
/// An API over a database of its own holding one IKM and one large industry, for tests that throw bad requests at the
/// writes of both registries (POST creates, PUT replaces the existing one).
/// </summary>
public sealed class RegistryTargets : IAsyncLifetime
{
    public const string PostIkm = "POST ikms";
    public const string PutIkm = "PUT ikms";
    public const string PostIndustry = "POST industries";
    public const string PutIndustry = "PUT industries";

    public static readonly string[] All = [PostIkm, PutIkm, PostIndustry, PutIndustry];

    public ApiFactory Factory { get; } = new();

    public Guid IkmId { get; private set; }

    public string IkmNib { get; private set; } = string.Empty;

    public Guid IndustryId { get; private set; }

    public string IndustryNib { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        using var client = Factory.CreateClient();
        var ikm = await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var industry = await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        (IkmId, IkmNib, IndustryId, IndustryNib) = (ikm.Id, ikm.Nib, industry.Id, industry.Nib);
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    public static bool IsIkm(string target) => target.EndsWith("ikms", StringComparison.Ordinal);

    public static HttpMethod Method(string target) => target.StartsWith("PUT", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;

    public string Url(string target) => target switch
    {
        PostIkm => "/api/v1/ikms",
        PutIkm => $"/api/v1/ikms/{IkmId}",
        PostIndustry => "/api/v1/industries",
        PutIndustry => $"/api/v1/industries/{IndustryId}",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown target"),
    };

    /// <summary>A valid body for the target: a new NIB for a create, the resource's own NIB for a replace.</summary>
    public JsonObject ValidBody(string target) => target switch
    {
        PostIkm => TestData.Ikm(),
        PutIkm => TestData.Ikm(nib: IkmNib),
        PostIndustry => TestData.Industry(),
        PutIndustry => TestData.Industry(nib: IndustryNib),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown target"),
    };

    public static HttpRequestMessage Request(HttpMethod method, string url, string body, string? contentType = "application/json") =>
        Request(method, url, Encoding.UTF8.GetBytes(body), contentType);

    public static HttpRequestMessage Request(HttpMethod method, string url, byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(method, url) { Content = content };
    }

    /// <summary>
    /// What a rejected write must leave as it was: how many active IKM and industries the lists show, and the ETags
    /// (versions) of the two existing resources.
    /// </summary>
    public async Task<string> SnapshotAsync(HttpClient client)
    {
        var ikms = await (await client.GetAsync("/api/v1/ikms?pageSize=1")).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        var industries = await (await client.GetAsync("/api/v1/industries?pageSize=1")).ShouldBeAsync<PageDto<IndustryDto>>(HttpStatusCode.OK);
        var ikm = await client.GetAsync($"/api/v1/ikms/{IkmId}");
        var industry = await client.GetAsync($"/api/v1/industries/{IndustryId}");
        ikm.StatusCode.ShouldBe(HttpStatusCode.OK);
        industry.StatusCode.ShouldBe(HttpStatusCode.OK);
        return $"ikms={ikms.TotalCount} industries={industries.TotalCount} ikm={ikm.Headers.ETag} industry={industry.Headers.ETag}";
    }
}
