using System.Net;
using System.Text.Json;
using IkmMatch.Api.IntegrationTests.Access;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Integrating;

public sealed record ChangeDto(Guid Id, string Type, DateTimeOffset Time, Guid Subject, bool Tombstone, JsonElement Data, string Cursor);

public sealed record ChangesPageDto(List<ChangeDto> Items, string Next, bool HasMore);

/// <summary><c>GET /changes</c>: the outbox as a feed other systems follow with a cursor.</summary>
public sealed class ChangesFeedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Follows the feed from <paramref name="after"/> to its end, <paramref name="limit"/> at a time.</summary>
    public static async Task<(List<ChangeDto> Events, string Next)> FollowAsync(HttpClient client, string after = "0", int limit = 100, string? types = null)
    {
        var events = new List<ChangeDto>();
        while (true)
        {
            var url = $"/api/v1/changes?after={after}&limit={limit}" + (types is null ? string.Empty : $"&types={types}");
            var page = await (await client.GetAsync(url)).ShouldBeAsync<ChangesPageDto>(HttpStatusCode.OK);
            page.Items.Count.ShouldBeLessThanOrEqualTo(limit);
            events.AddRange(page.Items);
            page.Next.ShouldNotBeNullOrEmpty();
            after = page.Next;
            if (!page.HasMore)
            {
                return (events, after);
            }
        }
    }

    [Fact]
    public async Task Changes_FollowedInSmallPages_GiveEveryChangeOnceInOrderWithATombstoneForTheArchive()
    {
        var ikm = await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        (await _client.PutAsync($"/api/v1/ikms/{ikm.Id}", System.Net.Http.Json.JsonContent.Create(TestData.Ikm(nib: ikm.Nib, name: "CV Berubah"), options: HttpAssertions.Json))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _client.DeleteAsync($"/api/v1/ikms/{ikm.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var (events, next) = await FollowAsync(_client, limit: 2);

        events.Select(e => e.Id).ShouldBeUnique();
        events.Select(e => e.Cursor).ShouldBeUnique();
        var mine = events.Where(e => e.Subject == ikm.Id).ToList();
        mine.Select(e => e.Type).ShouldBe(["ikm.created", "ikm.updated", "ikm.archived"]);
        mine.Select(e => e.Tombstone).ShouldBe([false, false, true]);
        mine[0].Data.GetProperty("nib").GetString().ShouldBe(ikm.Nib);
        mine.Select(e => e.Time).ShouldBeInOrder();
        var (after, _) = await FollowAsync(_client, next);
        after.ShouldBeEmpty();

        var again = await FollowAsync(_client, mine[0].Cursor);
        again.Events.Select(e => e.Id).ShouldContain(mine[2].Id);
        again.Events.Select(e => e.Id).ShouldNotContain(mine[0].Id);
    }

    [Fact]
    public async Task Changes_FilteredByType_GiveOnlyThoseAndTheCursorStillMovesToTheEnd()
    {
        var industry = await (await _client.PostJsonAsync("/api/v1/industries", TestData.Industry())).ShouldBeAsync<IndustryDto>(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);

        var (events, next) = await FollowAsync(_client, types: "industry.*");
        var (all, end) = await FollowAsync(_client);

        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.Type.StartsWith("industry.", StringComparison.Ordinal));
        events.ShouldContain(e => e.Subject == industry.Id && e.Type == "industry.created");
        next.ShouldBe(end);
        all.Count.ShouldBeGreaterThan(events.Count);
    }

    [Fact]
    public async Task Changes_AsAnIkm_ShowOnlyItsOwnRecordsEvents()
    {
        var own = await AuthTestKeys.CreateIkmAsync(_client);
        var other = await AuthTestKeys.CreateIkmAsync(_client);
        var key = await AuthTestKeys.IssueAsync(_client, "ikm", ikmId: own.Id);
        using var ikmClient = factory.CreateClient(key.Key);

        var (events, _) = await FollowAsync(ikmClient);
        var (all, _) = await FollowAsync(_client);

        events.ShouldContain(e => e.Subject == own.Id);
        events.ShouldNotContain(e => e.Subject == other.Id);
        all.ShouldContain(e => e.Subject == other.Id);
    }

    [Theory]
    [InlineData("after=42", "after")]
    [InlineData("after=c1.AAAAAAAAAAA", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("types=ikm.deleted", "types")]
    public async Task Changes_BadQuery_Returns400NamingIt(string query, string field)
    {
        await (await _client.GetAsync($"/api/v1/changes?{query}")).ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Changes_CursorOlderThanTheRetention_Returns410TellingToResyncFromTheExport()
    {
        await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var first = (await FollowAsync(_client, limit: 1)).Events[0];
        await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        await (await _client.PostJsonAsync("/api/v1/ikms", TestData.Ikm())).ShouldBeAsync<IkmDto>(HttpStatusCode.Created);
        var (all, _) = await FollowAsync(_client);
        var second = all[1];
        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var age = new NpgsqlCommand("UPDATE outbox_events SET occurred_at = now() - interval '91 days' WHERE id = @id", connection);
            age.Parameters.AddWithValue("id", second.Id);
            (await age.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var expired = await _client.GetAsync($"/api/v1/changes?after={first.Cursor}");
        var fresh = await _client.GetAsync($"/api/v1/changes?after={second.Cursor}");

        var problem = await expired.ShouldBeProblemAsync(HttpStatusCode.Gone);
        problem.GetProperty("detail").GetString()!.ShouldContain("/api/v1/ikms/export");
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
