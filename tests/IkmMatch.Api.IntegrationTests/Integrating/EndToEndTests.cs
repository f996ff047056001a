using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Api.IntegrationTests.Integrating.Ocds;
using IkmMatch.Api.IntegrationTests.Integrating.Webhooks;

namespace IkmMatch.Api.IntegrationTests.Integrating;

/// <summary>
/// An outside government system end to end: it subscribes to webhooks, bulk-imports the demo registry exported from
/// Cilegon's IkmMatch, follows the changes feed from cursor zero, receives every event as a signed webhook (verified by
/// the StandardWebhooks package) while the API is stopped in the middle of a delivery and started again, and reads the
/// OCDS export, valid against the standard's schema.
/// </summary>
public sealed class EndToEndTests(DemoApiFactory demo) : IClassFixture<DemoApiFactory>
{
    private static readonly Dictionary<string, string?> Settings = new(StringComparer.Ordinal)
    {
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Webhooks:PollMilliseconds"] = "50",
        ["Outbox:PollSeconds"] = "1",
    };

    [Fact]
    public async Task OutsideSystem_ImportsFollowsTheFeedAndGetsEveryWebhookAcrossAnApiRestart()
    {
        using var source = demo.CreateClient();
        var registry = await source.GetStringAsync("/api/v1/ikms/export", TestContext.Current.CancellationToken);
        var nibs = registry.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        nibs.ShouldBeGreaterThan(900);

        var database = $"ikmmatch_test_{Guid.NewGuid():N}";
        var connectionString = await PostgresServer.CreateDatabaseAsync(database);
        try
        {
            await using var receiver = await WebhookReceiver.StartAsync();
            var release = new TaskCompletionSource();
            var api = new DatabaseApiFactory(connectionString, Settings);
            var client = api.CreateClient();
            var subscription = await (await client.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url, eventTypes = new[] { "ikm.*" } }))
                .ShouldBeAsync<WebhookSecretDto>(HttpStatusCode.Created);
            receiver.Hold(release.Task);

            var report = await (await client.PostAsync("/api/v1/ikms/import", new StringContent(registry, Encoding.UTF8, "application/x-ndjson")))
                .ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
            report.Created.ShouldBe(nibs);
            var (events, _) = await ChangesFeedTests.FollowAsync(client, limit: 500);
            events.Count(e => e.Type == "ikm.created").ShouldBe(nibs);

            // The first delivery is in flight, unanswered, when the API stops; another API starts on the same database.
            var inFlight = await receiver.NextAsync();
            await api.DisposeAsync();
            release.SetResult();
            await using var restarted = new DatabaseApiFactory(connectionString, Settings);
            using var after = restarted.CreateClient();

            var delivered = new HashSet<string>(StringComparer.Ordinal) { inFlight.Id };
            var expected = events.Select(e => e.Id.ToString()).ToHashSet(StringComparer.Ordinal);
            while (!expected.IsSubsetOf(delivered))
            {
                var received = await receiver.NextAsync();
                received.ShouldBeSignedWith(subscription.Secret);
                delivered.Add(received.Id);
            }

            delivered.ShouldBe(expected, ignoreOrder: true);
            inFlight.ShouldBeSignedWith(subscription.Secret);
            var feedAfter = await ChangesFeedTests.FollowAsync(after, limit: 1000);
            feedAfter.Events.Select(e => e.Id).ShouldBe(events.Select(e => e.Id));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task DemoRegistry_OcdsExport_ValidatesAgainstTheReleasePackageSchemaOnEveryPage()
    {
        using var client = demo.CreateClient();
        var awards = 0;
        var url = "/api/v1/ocds/releases?pageSize=25";
        var pages = 0;
        while (url is not null)
        {
            var package = JsonNode.Parse(await client.GetStringAsync(url, TestContext.Current.CancellationToken))!;
            OcdsSchemas.ReleasePackageErrors(package).ShouldBeEmpty();
            awards += package["releases"]!.AsArray().Sum(r => r!["awards"]!.AsArray().Count);
            url = package["links"]?["next"]?.GetValue<string>() is { } next ? new Uri(next).PathAndQuery : null;
            pages++;
        }

        pages.ShouldBeGreaterThan(1);
        awards.ShouldBeGreaterThan(0);
    }
}
