using System.Net;
using System.Net.Sockets;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IkmMatch.Api.IntegrationTests.Health;

public sealed class HealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The API configured with a database nobody listens for: it starts (no migration), but is not ready.</summary>
    private sealed class DatabaseDownFactory : WebApplicationFactory<Program>
    {
        private readonly int _closedPort = ClosedPort();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:IkmMatch", $"Host=127.0.0.1;Port={_closedPort};Database=ikmmatch;Username=postgres;Timeout=5;Pooling=false");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Outbox:Enabled", "false"); // only the readiness probe may reach the database
            builder.UseSetting("Webhooks:DeliveryEnabled", "false");
            builder.UseSetting("Caching:Enabled", "false");
            TestAuth.Apply(builder);
        }

        protected override void ConfigureClient(HttpClient client)
        {
            base.ConfigureClient(client);
            TestAuth.AsAdmin(client);
        }

        /// <summary>A port that was free a moment ago: bound by us, then released.</summary>
        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    [Fact]
    public async Task Live_Returns200Healthy()
    {
        var response = await _client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
        response.Headers.CacheControl?.NoCache.ShouldBeTrue();
    }

    [Fact]
    public async Task Ready_DatabaseUp_Returns200Healthy()
    {
        var response = await _client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Health_HeadRequest_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/health/live");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_DatabaseDown_Returns503WhileLiveStays200()
    {
        await using var down = new DatabaseDownFactory();
        using var client = down.CreateClient();

        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Unhealthy");
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await live.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Api_DatabaseDown_Returns503ProblemWithRetryAfterAndNoInternals()
    {
        // Not client input: the database is gone. The API says so with a 503 to retry later, and leaks no connection details.
        await using var down = new DatabaseDownFactory();
        using var client = down.CreateClient();

        var response = await client.GetAsync("/api/v1/ikms", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        problem.GetRawText().ShouldNotContain("127.0.0.1");
        problem.GetRawText().ShouldNotContain("Npgsql");
    }

    [Fact]
    public async Task Api_DatabaseDownWhileCheckingAnIssuedKey_Returns503ProblemNot500()
    {
        // A key that is not the configured one must be looked up in the database, before any endpoint runs.
        await using var down = new DatabaseDownFactory();
        using var client = down.CreateClient().WithKey("ikm_some-issued-key-that-needs-a-database-lookup");

        var response = await client.GetAsync("/api/v1/ikms", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    /// <summary>The API over a "database" that accepts connections and never answers, as a frozen server does.</summary>
    private sealed class SilentDatabaseFactory(int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:IkmMatch", $"Host=127.0.0.1;Port={port};Database=ikmmatch;Username=postgres;Timeout=5;Pooling=false");
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Outbox:Enabled", "false"); // only the readiness probe may reach the database
            builder.UseSetting("Webhooks:DeliveryEnabled", "false");
            builder.UseSetting("Caching:Enabled", "false");
            TestAuth.Apply(builder);
        }
    }

    [Fact]
    public async Task Ready_DatabaseFrozen_Returns503WithinTheTimeout_AndManyCallersShareOneProbe()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<TcpClient>();
        using var stop = new CancellationTokenSource();
        var acceptor = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    var connection = await silent.AcceptTcpClientAsync(stop.Token);
                    lock (accepted)
                    {
                        accepted.Add(connection);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        await using var frozen = new SilentDatabaseFactory(((IPEndPoint)silent.LocalEndpoint).Port);
        using var client = frozen.CreateClient();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/health/ready", TestContext.Current.CancellationToken)));

        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.ServiceUnavailable);
        lock (accepted)
        {
            // One probe for all 20 callers, and the cancel request Npgsql sends on a connection of its own when it is given up.
            accepted.Count.ShouldBeLessThanOrEqualTo(2, "one probe at a time, whatever the number of callers");
        }

        await stop.CancelAsync();
        await acceptor;
        accepted.ForEach(c => c.Dispose());
    }
}
