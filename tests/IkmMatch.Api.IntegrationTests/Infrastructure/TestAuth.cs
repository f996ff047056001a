using Microsoft.AspNetCore.Hosting;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Credentials of the hosted API under test: the bootstrap admin key every default client sends, and clients with other
/// keys or none.
/// </summary>
public static class TestAuth
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The configured bootstrap admin key of every test host.</summary>
    public const string AdminKey = "test-bootstrap-admin-key-0123456789abcdef";

    /// <summary>The settings every test host starts with: the bootstrap key, and no rate limit unless a test sets one.</summary>
    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("RateLimiting:Enabled", "false");
    }

    /// <summary>Sends the bootstrap admin key, as every default test client does.</summary>
    public static void AsAdmin(HttpClient client) => client.WithKey(AdminKey);

    /// <summary>Sends <paramref name="key"/> instead of whatever key the client sent; null sends none.</summary>
    public static HttpClient WithKey(this HttpClient client, string? key)
    {
        client.DefaultRequestHeaders.Remove(HeaderName);
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(HeaderName, key);
        }

        return client;
    }
}
