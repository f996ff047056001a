using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Access;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Api.IntegrationTests.Registry;

/// <summary>
/// <c>GET /ikms/{id}</c> and API keys are served from each process's read cache, which never serves a stale answer for
/// longer than a change takes to be heard: a client reads its own write at once; another process reads it as soon as
/// the database's notification reaches it; a revoked key stops working at once here and on the notification elsewhere.
/// Two API processes share one database here.
/// </summary>
public sealed class ReadCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private DatabaseApiFactory? _second;

    public async ValueTask InitializeAsync()
    {
        // A second API process on the same database (its migrations already applied by the first).
        _second = new DatabaseApiFactory(factory.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        foreach (var services in new[] { factory.Services, _second.Services })
        {
            // Each process's caches come on once it listens for changes (a moment after start-up).
            await services.GetRequiredService<RecordCaches>().FirstEnabled.WaitAsync(Eventually.Heard, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }
    }

    private static async Task<(Guid Id, JsonObject Body, string ETag)> CreateAsync(HttpClient client)
    {
        var body = TestData.Ikm();
        var response = await client.PostAsJsonAsync("/api/v1/ikms", body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return (Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>()), body, response.Headers.ETag!.Tag);
    }

    private static async Task<string> NameAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/ikms/{id}");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["name"]!.GetValue<string>();
    }

    [Fact]
    public async Task AClient_ReadsItsOwnWrite_AtOnce()
    {
        var client = factory.CreateClient();
        var (id, body, etag) = await CreateAsync(client);
        // A read keeps the IKM unless an eviction raced it (the notification of its own creation may arrive meanwhile).
        var caches = factory.Services.GetRequiredService<RecordCaches>();
        (await Eventually.HoldsAsync(async () => await NameAsync(client, id) == body["name"]!.GetValue<string>() && caches.Ikms.TryGet(id, out _)))
            .ShouldBeTrue("a read keeps the IKM");

        body["name"] = "CV Nama Sesudah Perubahan";
        (await client.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/ikms/{id}", body, etag))).EnsureSuccessStatusCode();

        (await NameAsync(client, id)).ShouldBe("CV Nama Sesudah Perubahan");
    }

    [Fact]
    public async Task AChangeInAnotherProcess_IsReadHere_OnceItsNotificationArrives()
    {
        var here = factory.CreateClient();
        var there = _second!.CreateClient();
        var (id, body, etag) = await CreateAsync(here);
        (await NameAsync(here, id)).ShouldBe(body["name"]!.GetValue<string>());
        (await NameAsync(here, id)).ShouldBe(body["name"]!.GetValue<string>()); // served from this process's cache

        body["name"] = "CV Diubah Oleh Proses Lain";
        (await there.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/ikms/{id}", body, etag))).EnsureSuccessStatusCode();

        (await Eventually.HoldsAsync(async () => await NameAsync(here, id) == "CV Diubah Oleh Proses Lain")).ShouldBeTrue();
    }

    [Fact]
    public async Task ARevokedKey_StopsWorkingAtOnceHere_AndOnTheNotificationInAnotherProcess()
    {
        var admin = factory.CreateClient();
        var (id, _, _) = await CreateAsync(admin);
        var key = await AuthTestKeys.IssueAsync(admin, "integration");
        var here = factory.CreateClient(key.Key);
        var there = _second!.CreateClient().WithKey(key.Key);
        (await here.GetAsync($"/api/v1/ikms/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await there.GetAsync($"/api/v1/ikms/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK); // both processes keep the key

        (await admin.DeleteAsync($"{AuthTestKeys.Route}/{key.Id}")).IsSuccessStatusCode.ShouldBeTrue();

        (await here.GetAsync($"/api/v1/ikms/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Eventually.HoldsAsync(async () => (await there.GetAsync($"/api/v1/ikms/{id}")).StatusCode == HttpStatusCode.Unauthorized)).ShouldBeTrue();
    }
}
