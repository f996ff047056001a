using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.Http;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Idempotency;

/// <summary>
/// Idempotency keys under failure: a request that fails on the server (here a statement cancelled by the statement
/// timeout) answers with a problem and leaves its key free; a claim ends with the session that holds it; a claim that an
/// earlier version of the API left without a response does not block its key; expired keys are purged.
/// </summary>
public sealed class IdempotencyFaultTests(IdempotencyFaultTests.ShortTimeoutFactory factory) : IClassFixture<IdempotencyFaultTests.ShortTimeoutFactory>
{
    private const string Header = "Idempotency-Key";

    /// <summary>A host whose statements may run 1 s, so that a held table lock ends a request quickly.</summary>
    public sealed class ShortTimeoutFactory : ApiFactory
    {
        public ShortTimeoutFactory() => Settings["Database:StatementTimeoutSeconds"] = "1";
    }

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<HttpResponseMessage> PostIkmAsync(JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ikms")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(Header, key);
        return await _client.SendAsync(request);
    }

    private async Task<int> CountAsync(JsonObject body)
    {
        var list = await _client.GetAsync($"/api/v1/ikms?q={body["nib"]!.GetValue<string>()}");
        return JsonNode.Parse(await list.Content.ReadAsStringAsync())!["totalCount"]!.GetValue<int>();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The scope (the caller) under which the test client's keys are kept.</summary>
    private async Task<string> ScopeAsync()
    {
        var key = Guid.NewGuid().ToString();
        (await PostIkmAsync(TestData.Ikm(), key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT scope FROM idempotency_keys WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Create_StatementTimeoutDuringTheCreate_Returns503ProblemAndTheRetryCreatesOnce()
    {
        var body = TestData.Ikm();
        var key = Guid.NewGuid().ToString();
        await using (var connection = await OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE ikms IN ACCESS EXCLUSIVE MODE", connection, transaction))
            {
                await lockTable.ExecuteNonQueryAsync();
            }

            var failed = await PostIkmAsync(body, key);

            var problem = await failed.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
            problem.GetProperty("detail").GetString()!.ShouldContain("Nothing was changed");
            failed.Headers.RetryAfter.ShouldNotBeNull();
            await transaction.RollbackAsync();
        }

        var retried = await PostIkmAsync(body, key);
        var replayed = await PostIkmAsync(body, key);

        retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
        retried.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        replayed.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await CountAsync(body)).ShouldBe(1);
    }

    [Fact]
    public async Task Create_KeyHeldByASessionThatEnds_IsFreeAtOnce()
    {
        var scope = await ScopeAsync();
        var body = TestData.Ikm();
        var key = Guid.NewGuid().ToString();
        await using (var holder = await OpenAsync())
        {
            // What a request still running holds; the session ends as it would when that API process dies.
            await using var transaction = await holder.BeginTransactionAsync();
            await using var claim = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@scope || E'\\n' || @key, 0))", holder, transaction);
            claim.Parameters.AddWithValue("scope", scope);
            claim.Parameters.AddWithValue("key", key);
            await claim.ExecuteNonQueryAsync();

            var busy = await PostIkmAsync(body, key);

            (await busy.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString().ShouldBe("Request in progress");
        }

        var created = await PostIkmAsync(body, key);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await CountAsync(body)).ShouldBe(1);
    }

    [Fact]
    public async Task Create_KeyLeftClaimedWithoutAResponse_IsNotStuck()
    {
        var scope = await ScopeAsync();
        var body = TestData.Ikm();
        var key = Guid.NewGuid().ToString();
        await using (var connection = await OpenAsync())
        {
            // A claim committed on its own and never completed: what a crash left behind before claims shared the create's transaction.
            await using var stale = new NpgsqlCommand(
                "INSERT INTO idempotency_keys (scope, key, fingerprint, created_at) VALUES (@scope, @key, 'stale', now())", connection);
            stale.Parameters.AddWithValue("scope", scope);
            stale.Parameters.AddWithValue("key", key);
            await stale.ExecuteNonQueryAsync();
        }

        var created = await PostIkmAsync(body, key);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await CountAsync(body)).ShouldBe(1);
    }

    [Fact]
    public async Task Purge_KeysOlderThan24Hours_AreDeletedWithTheirResponses()
    {
        var body = TestData.Ikm();
        var key = Guid.NewGuid().ToString();
        (await PostIkmAsync(body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);
        factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<IdempotencyPurgeService>().ShouldHaveSingleItem();

        var purged = await IdempotencyPurgeService.PurgeAsync(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), DateTimeOffset.UtcNow + IdempotencyMiddleware.Retention + TimeSpan.FromMinutes(1), CancellationToken.None);

        purged.ShouldBeGreaterThanOrEqualTo(1);
        await using var connection = await OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM idempotency_keys", connection);
        ((long)(await count.ExecuteScalarAsync())!).ShouldBe(0);
    }
}
