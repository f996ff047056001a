using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>A key just issued, as the client reads it: the only time it carries the secret.</summary>
public sealed record IssuedKeyDto(Guid Id, string Name, string Role, Guid? IkmId, Guid? IndustryId, string Key, DateTimeOffset CreatedAt);

/// <summary>A key as lists show it.</summary>
public sealed record ListedKeyDto(
    Guid Id,
    string Name,
    string Role,
    Guid? IkmId,
    Guid? IndustryId,
    string KeyPrefix,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy);

/// <summary>Issuing keys and making what they are bound to, through HTTP; each helper asserts its own success.</summary>
public static class AuthTestKeys
{
    public const string Route = "/api/v1/api-keys";

    public static string NewName(string role) => $"{role}-{Guid.NewGuid():N}";

    public static async Task<IssuedKeyDto> IssueAsync(HttpClient admin, string role, Guid? ikmId = null, Guid? industryId = null, string? name = null) =>
        await (await admin.PostJsonAsync(Route, new { name = name ?? NewName(role), role, ikmId, industryId }))
            .ShouldBeAsync<IssuedKeyDto>(HttpStatusCode.Created);

    /// <summary>A key of <paramref name="role"/>, bound to a new IKM or industry where the role needs one.</summary>
    public static async Task<IssuedKeyDto> IssueBoundAsync(HttpClient admin, string role) => role switch
    {
        "ikm" => await IssueAsync(admin, role, ikmId: (await CreateIkmAsync(admin)).Id),
        "industry" => await IssueAsync(admin, role, industryId: (await CreateIndustryAsync(admin)).Id),
        _ => await IssueAsync(admin, role),
    };

    public static async Task<IkmDto> CreateIkmAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);

    public static async Task<IndustryDto> CreateIndustryAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);

    public static async Task<List<ListedKeyDto>> ListAsync(HttpClient admin, string query = "pageSize=100") =>
        (await (await admin.GetAsync($"{Route}?{query}")).ShouldBeAsync<PageDto<ListedKeyDto>>(HttpStatusCode.OK)).Items;

    /// <summary>A route every role may read with 200: the IKM it is bound to for ikm keys, the industry for industry keys, else the IKM list.</summary>
    public static string AllowedRoute(IssuedKeyDto key) => key.Role switch
    {
        "ikm" => $"/api/v1/ikms/{key.IkmId}",
        "industry" => $"/api/v1/industries/{key.IndustryId}",
        _ => "/api/v1/ikms",
    };

    /// <summary>Asserts a 401 problem that names the API key scheme in <c>WWW-Authenticate</c>; returns the challenges.</summary>
    public static async Task<string[]> ShouldBeUnauthorizedAsync(this HttpResponseMessage response)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var challenges = response.Headers.WwwAuthenticate.Select(h => h.ToString()).ToArray();
        challenges.ShouldContain("ApiKey header=\"X-Api-Key\"");
        return challenges;
    }
}
