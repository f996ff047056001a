using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The API over a database that outlives it: stopping one and starting another on the same database is an API restart.
/// The test creates and drops the database; settings as <see cref="ApiFactory"/>'s.
/// </summary>
public sealed class DatabaseApiFactory(string connectionString, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        TestAuth.AsAdmin(client);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:IkmMatch", connectionString);
        TestAuth.Apply(builder);
        builder.UseSetting("Localization:DefaultLanguage", "en");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
