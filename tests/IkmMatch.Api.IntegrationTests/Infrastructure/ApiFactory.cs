using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Hosts the API in memory (or, where a subclass says so, on Kestrel at a loopback port) over a database of its own
/// (one per test class), created empty; the API applies the migrations itself at start-up, exactly as in production.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databaseName = $"ikmmatch_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Configuration a test class sets on top of the defaults, before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the host runs on Kestrel, so that what only a real server does (headers it writes, bodies on the wire) can be seen.</summary>
    protected virtual bool OnKestrel => false;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync(_databaseName);
        if (OnKestrel)
        {
            UseKestrel(0);
        }

        StartServer(); // start the host now: migrations run here, not inside the first test
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_databaseName);
        GC.SuppressFinalize(this);
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient().WithKey(null);

    /// <summary>A client that sends <paramref name="apiKey"/>.</summary>
    public HttpClient CreateClient(string apiKey) => CreateClient().WithKey(apiKey);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        TestAuth.AsAdmin(client);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:IkmMatch", ConnectionString);
        TestAuth.Apply(builder);
        // Tests read English unless they ask for another language (or a class sets another default): the assertions
        // on texts predate Bahasa Indonesia, and LanguageTests covers both languages and the product default, id.
        builder.UseSetting("Localization:DefaultLanguage", "en");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
