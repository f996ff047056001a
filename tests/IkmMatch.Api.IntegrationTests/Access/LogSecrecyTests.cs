using System.Net;
using System.Security.Cryptography;
using System.Text;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// No key, key hash, token or signing key in any log line, at any level, whatever the caller sends: every line the host
/// writes (Trace and up, on Kestrel) is captured and searched.
/// </summary>
public sealed class LogSecrecyTests(LogSecrecyTests.LoggedApi factory) : IClassFixture<LogSecrecyTests.LoggedApi>
{
    public sealed class LoggedApi : AuthJwtApiFactory
    {
        protected override bool OnKestrel => true;
    }

    private static IEnumerable<string> FormsOf(string secret)
    {
        yield return secret;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        yield return Convert.ToHexString(hash);
        yield return Convert.ToHexStringLower(hash);
        yield return Convert.ToBase64String(hash);
    }

    [Fact]
    public async Task EveryKindOfCredential_NeverAppearsInTheLogs()
    {
        var admin = factory.CreateClient();
        var issued = await AuthTestKeys.IssueAsync(admin, "integration");
        (await factory.CreateClient(issued.Key).GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await factory.CreateClient(issued.Key).GetAsync("/api/v1/api-keys")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var revoked = await AuthTestKeys.IssueAsync(admin, "integration");
        (await admin.DeleteAsync($"{AuthTestKeys.Route}/{revoked.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await factory.CreateClient(revoked.Key).GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
        const string garbage = "garbage-key-that-must-not-be-logged-4f1c";
        await (await factory.CreateClient(garbage).GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
        var token = AuthTestTokens.Create(sub: "petugas-log", role: "admin");
        (await factory.CreateBearerClient(token).GetAsync("/api/v1/ikms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var badToken = AuthTestTokens.Create(sub: "penyusup", role: "admin", signingKey: "another-signing-key-0123456789abcdef-0123456789");
        await (await factory.CreateBearerClient(badToken).GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
        var expired = AuthTestTokens.Create(sub: "petugas-lama", role: "admin", expires: DateTime.UtcNow.AddMinutes(-5));
        await (await factory.CreateBearerClient(expired).GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
        const string malformed = "not-a-jwt-but-still-secret-9b7e";
        await (await factory.CreateBearerClient(malformed).GetAsync("/api/v1/ikms")).ShouldBeUnauthorizedAsync();
        var idempotent = PartnershipApi.Json(HttpMethod.Post, "/api/v1/ikms", TestData.Ikm());
        idempotent.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        (await admin.SendAsync(idempotent)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var lines = factory.Logs.Lines;

        lines.ShouldContain(l => l.Contains("ApiKey was not authenticated", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("Bearer was not authenticated", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("/api/v1/api-keys", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("Trace", StringComparison.Ordinal) || l.StartsWith("Debug", StringComparison.Ordinal));
        var secrets = new[] { TestAuth.AdminKey, issued.Key, revoked.Key, garbage, malformed, AuthTestTokens.SigningKey }
            .SelectMany(FormsOf)
            .Concat(new[] { token, badToken, expired }.SelectMany(t => new[] { t, t.Split('.')[2] }))
            .ToList();
        var leaks = (from line in lines from secret in secrets where line.Contains(secret, StringComparison.Ordinal) select line).ToList();
        leaks.ShouldBeEmpty();
    }
}
