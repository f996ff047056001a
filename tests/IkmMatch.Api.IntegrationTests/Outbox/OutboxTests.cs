using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Infrastructure.Outbox;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Outbox;

/// <summary>
/// The transactional outbox: every change through the API writes its event in the change's transaction, numbered
/// 1, 2, 3, … without a gap, also under concurrent writes; a refused write writes none; the dispatcher hands every event
/// to every consumer once and in order — also when two dispatchers race — and hands a failed batch again.
/// </summary>
public sealed class OutboxTests(OutboxFactory factory) : IClassFixture<OutboxFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    private async Task<(Guid Id, string ETag)> CreateAsync(string url, JsonObject body)
    {
        var response = await _admin.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return (Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>()), response.Headers.ETag!.Tag);
    }

    private async Task<List<(long Position, string Type, Guid Subject, Guid? IkmId, Guid? IndustryId, string Data)>> EventsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT position, type, subject, ikm_id, industry_id, data::text FROM outbox_events ORDER BY position", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<(long, string, Guid, Guid?, Guid?, string)>();
        while (await reader.ReadAsync())
        {
            events.Add((reader.GetInt64(0), reader.GetString(1), reader.GetGuid(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetString(5)));
        }

        return events;
    }

    private static void ShouldBeGapFree(IEnumerable<long> positions)
    {
        var list = positions.ToList();
        list.ShouldBe(Enumerable.Range(1, list.Count).Select(i => (long)i).ToList());
    }

    [Fact]
    public async Task EveryChange_WritesOneEventOfItsType_InOrder()
    {
        var (industryId, industryTag) = await CreateAsync("/api/v1/industries", TestData.Industry());
        var (ikmId, ikmTag) = await CreateAsync("/api/v1/ikms", TestData.Ikm());
        var body = TestData.Ikm(name: "CV Baja Las Mandiri Baru");
        body["nib"] = (await (await _admin.GetAsync($"/api/v1/ikms/{ikmId}")).Content.ReadFromJsonAsync<JsonObject>())!["nib"]!.GetValue<string>();
        (await _admin.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/ikms/{ikmId}", body, ikmTag))).EnsureSuccessStatusCode();
        (await _admin.PostAsync($"/api/v1/ikms/{ikmId}/verify", null)).EnsureSuccessStatusCode();
        (await _admin.PostAsync($"/api/v1/ikms/{ikmId}/verify", null)).EnsureSuccessStatusCode(); // nothing left to verify: no event
        var (needId, _) = await CreateAsync("/api/v1/needs", NeedTestData.Need(industryId));
        (await _admin.PostAsync($"/api/v1/needs/{needId}/cancel", null)).EnsureSuccessStatusCode();
        (await _admin.DeleteAsync($"/api/v1/ikms/{ikmId}")).IsSuccessStatusCode.ShouldBeTrue();
        _ = industryTag;

        var events = await EventsAsync();

        ShouldBeGapFree(events.Select(e => e.Position));
        events.Where(e => e.Subject == ikmId).Select(e => e.Type)
            .ShouldBe(["ikm.created", "ikm.updated", "ikm.verified", "ikm.archived"]);
        events.Where(e => e.Subject == needId).Select(e => e.Type).ShouldBe(["need.posted", "need.cancelled"]);
        events.Single(e => e.Subject == industryId).Type.ShouldBe("industry.created");
        var updated = events.Single(e => e.Type == "ikm.updated" && e.Subject == ikmId);
        updated.IkmId.ShouldBe(ikmId);
        JsonNode.Parse(updated.Data)!["version"]!.GetValue<int>().ShouldBe(2);
        var posted = events.Single(e => e.Type == "need.posted");
        posted.IndustryId.ShouldBe(industryId);
        JsonNode.Parse(posted.Data)!["industryId"]!.GetValue<Guid>().ShouldBe(industryId);
    }

    [Fact]
    public async Task RefusedWrites_WriteNoEvent_AndLeaveNoGap()
    {
        var nib = TestData.NewNib();
        var (ikmId, _) = await CreateAsync("/api/v1/ikms", TestData.Ikm(nib: nib));
        var before = (await EventsAsync()).Count;

        (await _admin.PostAsJsonAsync("/api/v1/ikms", TestData.Ikm(nib: nib))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _admin.SendAsync(PartnershipApi.Json(HttpMethod.Put, $"/api/v1/ikms/{ikmId}", TestData.Ikm(nib: nib), "\"999\"")))
            .StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var invalid = TestData.Ikm();
        invalid["kecamatan"] = "Atlantis";
        (await _admin.PostAsJsonAsync("/api/v1/ikms", invalid)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await EventsAsync()).Count.ShouldBe(before);

        var (next, _) = await CreateAsync("/api/v1/ikms", TestData.Ikm());
        var events = await EventsAsync();
        ShouldBeGapFree(events.Select(e => e.Position));
        events[^1].Subject.ShouldBe(next);
    }

    [Fact]
    public async Task ConcurrentWrites_AreNumberedWithoutGapsOrRepeats()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => CreateAsync("/api/v1/ikms", TestData.Ikm())));

        var events = await EventsAsync();

        ShouldBeGapFree(events.Select(e => e.Position));
        foreach (var (id, _) in created)
        {
            events.Count(e => e.Subject == id && e.Type == "ikm.created").ShouldBe(1);
        }
    }

    [Fact]
    public async Task TwoDispatchersRacingWithWrites_HandEveryEventOnce_InOrder()
    {
        var first = NewDispatcher();
        var second = NewDispatcher();
        var writes = Task.WhenAll(Enumerable.Range(0, 12).Select(_ => CreateAsync("/api/v1/ikms", TestData.Ikm())));
        var drains = new List<Task>();
        while (!writes.IsCompleted)
        {
            drains.Add(first.DrainAsync(TestContext.Current.CancellationToken));
            drains.Add(second.DrainAsync(TestContext.Current.CancellationToken));
            await Task.WhenAll(drains);
        }

        await writes;
        await first.DrainAsync(TestContext.Current.CancellationToken);

        var handled = factory.Log.Handled.Select(e => e.Position).ToList();
        handled.ShouldBe((await EventsAsync()).Select(e => e.Position).ToList()); // each once, in position order
    }

    [Fact]
    public async Task FailedBatch_IsNotCheckpointed_AndIsHandedAgain()
    {
        var dispatcher = factory.Services.GetRequiredService<IOutboxDispatcher>();
        await dispatcher.DrainAsync(TestContext.Current.CancellationToken);
        var (id, _) = await CreateAsync("/api/v1/ikms", TestData.Ikm());
        var position = (await EventsAsync()).Single(e => e.Subject == id).Position;
        factory.Log.FailAt = position;

        await Should.ThrowAsync<InvalidOperationException>(() => dispatcher.DrainAsync(TestContext.Current.CancellationToken));
        (await CheckpointAsync()).ShouldBeLessThan(position);
        factory.Log.Handled.ShouldNotContain(e => e.Position == position);

        await dispatcher.DrainAsync(TestContext.Current.CancellationToken);
        (await CheckpointAsync()).ShouldBeGreaterThanOrEqualTo(position);
        factory.Log.Handled.Count(e => e.Position == position).ShouldBe(1);
    }

    private OutboxDispatcher NewDispatcher() => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new OutboxOptions()),
        Options.Create(new DatabaseOptions()),
        NullLogger<OutboxDispatcher>.Instance);

    private async Task<long> CheckpointAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT position FROM outbox_consumers WHERE name = 'test-recorder'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>The dispatcher in the background: a write reaches the consumer without anyone asking, woken by the database's notification.</summary>
public sealed class OutboxBackgroundTests(BackgroundOutboxFactory factory) : IClassFixture<BackgroundOutboxFactory>
{
    [Fact]
    public async Task AWrite_ReachesTheConsumer_WithoutPolling()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/ikms", TestData.Ikm());
        var id = Guid.Parse(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());

        await factory.Log.HandledAsync(id).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        factory.Log.Handled.Single(e => e.Subject == id).Type.ShouldBe("ikm.created");
    }
}

/// <summary>Background work is not held to a request's statement timeout: a consumer's batch may take longer (ranking a need of a large division at national scale does).</summary>
public sealed class OutboxTimeoutTests(ShortTimeoutOutboxFactory factory) : IClassFixture<ShortTimeoutOutboxFactory>
{
    [Fact]
    public async Task ABatch_MayTakeLongerThanARequestsStatementTimeout()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/ikms", TestData.Ikm(), TestContext.Current.CancellationToken);
        var id = Guid.Parse(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["id"]!.GetValue<string>());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var position = await db.OutboxEvents.Where(e => e.Subject == id).MaxAsync(e => e.Position, TestContext.Current.CancellationToken);
            factory.Log.SlowAt = (position, TimeSpan.FromSeconds(1.5)); // one statement, past the requests' 1 s
        }

        await factory.Services.GetRequiredService<IOutboxDispatcher>().DrainAsync(TestContext.Current.CancellationToken);

        factory.Log.Handled.ShouldContain(e => e.Subject == id);
    }
}
