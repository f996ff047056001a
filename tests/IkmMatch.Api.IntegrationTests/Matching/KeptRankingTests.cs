using System.Net;
using System.Text.Json.Nodes;
using IkmMatch.Api.IntegrationTests.Access;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// Rankings kept by the outbox consumer: a posted need is answered on the spot until the keeper has ranked it, then from
/// its kept ranking, with the outbox position it reflects; an IKM's edit moves its kept rank; the eligible top of a need
/// gets tender alerts, once per need, as outbox events too. Each test works in a KBLI division and words of its own, so
/// the others' records are no candidates of its needs.
/// </summary>
public sealed class KeptRankingTests(KeptRankingFactory factory) : IClassFixture<KeptRankingFactory>
{
    private readonly HttpClient _admin = factory.CreateClient();

    [Fact]
    public async Task PostedNeed_IsComputedOnTheSpot_ThenKept()
    {
        var world = await WorldAsync("16101", "Pembuatan palet kayu", "palet kayu");

        var spot = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
        spot.Kept.ShouldBeFalse();
        spot.Items.Count.ShouldBe(3);
        spot.Position.ShouldBeGreaterThan(0);
        var opportunitiesOnTheSpot = await OpportunitiesAsync(world.Ikms[1].Id);
        opportunitiesOnTheSpot.Kept.ShouldBeFalse();

        await factory.DrainAsync();
        var kept = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);

        kept.Kept.ShouldBeTrue();
        kept.Position.ShouldBeGreaterThanOrEqualTo(spot.Position);
        kept.AsOf.ShouldBeGreaterThan(DateTimeOffset.UnixEpoch);
        kept.TotalCandidates.ShouldBe(spot.TotalCandidates);
        kept.EligibleCandidates.ShouldBe(spot.EligibleCandidates);
        kept.Items.Select(i => (i.Rank, i.IkmId, i.Score, i.Eligible, i.Breakdown.Count, i.Unmet.Count))
            .ShouldBe(spot.Items.Select(i => (i.Rank, i.IkmId, i.Score, i.Eligible, i.Breakdown.Count, i.Unmet.Count)));

        // The IKM's opportunities read the kept ranking too, and say the same.
        var opportunities = await OpportunitiesAsync(world.Ikms[1].Id);
        opportunities.Kept.ShouldBeTrue();
        opportunities.Position.ShouldBe(kept.Position);
        opportunities.TotalNeeds.ShouldBe(opportunitiesOnTheSpot.TotalNeeds);
        opportunities.EligibleNeeds.ShouldBe(opportunitiesOnTheSpot.EligibleNeeds);
        opportunities.Items.Select(i => (i.Rank, i.NeedId, i.Score, i.Eligible)).ShouldBe(opportunitiesOnTheSpot.Items.Select(i => (i.Rank, i.NeedId, i.Score, i.Eligible)));
        opportunities.Items.ShouldContain(i => i.NeedId == world.Need.Id);
    }

    private async Task<OpportunitiesDto> OpportunitiesAsync(Guid ikmId) =>
        await (await _admin.GetAsync($"/api/v1/ikms/{ikmId}/opportunities?includeIneligible=true&limit=100", TestContext.Current.CancellationToken))
            .ShouldBeAsync<OpportunitiesDto>(HttpStatusCode.OK);

    [Fact]
    public async Task NeedWithoutRanking_AskedFor_IsKeptByTheBackgroundKeeper()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = await WorldAsync("17011", "Pembuatan kardus karton", "kardus karton");
        await factory.DrainAsync();

        // As a registry bulk-loaded without events: the need has no ranking.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            (await db.NeedRankings.Where(r => r.NeedId == world.Need.Id).ExecuteDeleteAsync(ct)).ShouldBe(1);
        }

        var spot = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
        spot.Kept.ShouldBeFalse();
        spot.Items.Count.ShouldBe(3);

        (await factory.Services.GetRequiredService<IRankingBackfill>().KeepPendingAsync(ct)).ShouldBeGreaterThanOrEqualTo(1);
        var kept = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
        kept.Kept.ShouldBeTrue();
        kept.Items.Select(i => (i.IkmId, i.Score)).ShouldBe(spot.Items.Select(i => (i.IkmId, i.Score)));
        (await _admin.AlertsAsync(world.Ikms[0].Id)).Items.Count(a => a.NeedId == world.Need.Id).ShouldBe(1); // alerted when posted, not again
    }

    [Fact]
    public async Task IkmEdit_MovesItsKeptRank()
    {
        var world = await WorldAsync("31001", "Pembuatan lemari arsip", "lemari arsip");
        await factory.DrainAsync();
        var before = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
        before.Kept.ShouldBeTrue();
        var rankBefore = before.Items.Single(i => i.IkmId == world.Last.Id).Rank;
        rankBefore.ShouldBeGreaterThan(1);

        await MakeTheBestAsync(_admin, world.Last.Id);
        await factory.DrainAsync();

        var after = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
        after.Kept.ShouldBeTrue();
        after.Items.Single(i => i.IkmId == world.Last.Id).Rank.ShouldBeLessThan(rankBefore);
        after.Position.ShouldBeGreaterThan(before.Position);
        after.AsOf.ShouldBeGreaterThanOrEqualTo(before.AsOf);
    }

    [Fact]
    public async Task Alerts_TopOfAPostedNeed_OncePerNeed_AndOnEnteringTheTop()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = await WorldAsync("13121", "Penjahitan seragam kerja", "seragam kerja");
        await factory.DrainAsync();

        var eligible = (await _admin.MatchesAsync(world.Need.Id)).Items.Select(i => i.IkmId).ToList();
        eligible.Count.ShouldBe(2); // the third cannot supply the volume
        foreach (var ikm in world.Ikms)
        {
            var alerts = (await _admin.AlertsAsync(ikm.Id)).Items.Where(a => a.NeedId == world.Need.Id).ToList();
            alerts.Count.ShouldBe(eligible.Contains(ikm.Id) ? 1 : 0);
            if (alerts.Count == 1)
            {
                alerts[0].Read.ShouldBeFalse();
                alerts[0].Rank.ShouldBe(eligible.IndexOf(ikm.Id) + 1);
                alerts[0].NeedTitle.ShouldBe(world.Need.Title);
            }
        }

        // The need changes: its top is told again only if new to it.
        await _admin.PutNeedAsync(world.Need.Id, KeptRankingApi.Body(await _admin.NeedAsync(world.Need.Id), title: world.Need.Title + " lengan panjang"));
        await factory.DrainAsync();
        foreach (var id in eligible)
        {
            (await _admin.AlertsAsync(id)).Items.Count(a => a.NeedId == world.Need.Id).ShouldBe(1);
        }

        // The third raises its capacity: its edit brings it into the top.
        var small = await _admin.IkmAsync(world.Last.Id);
        await _admin.PutIkmAsync(small.Id, KeptRankingApi.Body(small with { Capabilities = [.. small.Capabilities.Select(c => c with { MonthlyCapacity = 500 })] }));
        await factory.DrainAsync();
        var entered = (await _admin.AlertsAsync(small.Id)).Items.Single(a => a.NeedId == world.Need.Id);
        entered.Rank.ShouldBeLessThanOrEqualTo(3);

        // Every alert is an outbox event about its IKM.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            var ids = world.Ikms.Select(i => i.Id).ToList();
            var alertIds = await db.TenderAlerts.Where(a => a.NeedId == world.Need.Id).Select(a => a.Id).ToListAsync(ct);
            var events = await db.OutboxEvents.Where(e => e.Type == EventTypes.IkmAlerted && alertIds.Contains(e.Subject)).ToListAsync(ct);
            alertIds.Count.ShouldBe(3);
            events.Select(e => e.Subject).Order().ShouldBe(alertIds.Order());
            events.ShouldAllBe(e => e.IkmId != null && ids.Contains(e.IkmId.Value));
        }

        // The IKM reads it; reading again keeps the first time; unread=true no longer lists it.
        var key = await AuthTestKeys.IssueAsync(_admin, "ikm", ikmId: small.Id);
        var own = factory.CreateClient(key.Key);
        var read = await (await own.PostAsync($"/api/v1/ikms/{small.Id}/alerts/{entered.Id}/read", null, ct)).ShouldBeAsync<AlertDto>(HttpStatusCode.OK);
        read.Read.ShouldBeTrue();
        var again = await (await own.PostAsync($"/api/v1/ikms/{small.Id}/alerts/{entered.Id}/read", null, ct)).ShouldBeAsync<AlertDto>(HttpStatusCode.OK);
        again.ReadAt.ShouldBe(read.ReadAt);
        (await own.AlertsAsync(small.Id, "unread=true")).Items.ShouldNotContain(a => a.Id == entered.Id);

        // Another IKM's alerts are not its to read or mark.
        (await own.GetAsync($"/api/v1/ikms/{eligible[0]}/alerts", ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var other = (await _admin.AlertsAsync(eligible[0])).Items.First(a => a.NeedId == world.Need.Id);
        (await own.PostAsync($"/api/v1/ikms/{eligible[0]}/alerts/{other.Id}/read", null, ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await own.PostAsync($"/api/v1/ikms/{small.Id}/alerts/{other.Id}/read", null, ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Alerts_AreListedNewestFirst_AndPaged()
    {
        var first = await WorldAsync("22230", "Pencetakan botol plastik", "botol plastik");
        await factory.DrainAsync();
        var ikm = first.Ikms[0];
        var second = await _admin.PostJsonAsync("/api/v1/needs", NeedTestData.Need(first.Need.IndustryId, kbli: "22230", title: "Pencetakan botol plastik besar", description: null, keywords: ["botol plastik"], monthlyVolume: 1, unit: "unit"));
        var need2 = await second.ShouldBeAsync<NeedDto>(HttpStatusCode.Created);
        await factory.DrainAsync();

        var page = await _admin.AlertsAsync(ikm.Id, "pageSize=1");
        page.TotalCount.ShouldBe(2);
        page.Items.Single().NeedId.ShouldBe(need2.Id);
        (await _admin.AlertsAsync(ikm.Id, "page=2&pageSize=1")).Items.Single().NeedId.ShouldBe(first.Need.Id);
        (await _admin.GetAsync($"/api/v1/ikms/{ikm.Id}/alerts?pageSize=0", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _admin.GetAsync($"/api/v1/ikms/{Guid.NewGuid()}/alerts", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task KeptMatches_CachedHere_FollowAChangeMadeInAnotherProcess()
    {
        var ct = TestContext.Current.CancellationToken;
        var caches = factory.Services.GetRequiredService<RecordCaches>();
        await caches.FirstEnabled.WaitAsync(Eventually.Heard, ct);
        var world = await WorldAsync("27120", "Pembuatan kusen pintu", "kusen pintu");
        await factory.DrainAsync();
        var before = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
        before.Kept.ShouldBeTrue();
        var rankBefore = before.Items.Single(i => i.IkmId == world.Last.Id).Rank;
        rankBefore.ShouldBeGreaterThan(1);
        // A read keeps the answer unless an eviction raced it (a notification of the world's own writes may arrive meanwhile).
        var key = new MatchesKey(world.Need.Id, 20, IncludeIneligible: true);
        (await Eventually.HoldsAsync(async () => (await _admin.MatchesAsync(world.Need.Id, includeIneligible: true)).Kept && caches.Matches.TryGet(key, out _)))
            .ShouldBeTrue("a kept answer is cached");

        // Another API process on the same database makes the last IKM the best.
        await using var second = new DatabaseApiFactory(
            factory.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Outbox:Enabled"] = "false" });
        await MakeTheBestAsync(second.CreateClient(), world.Last.Id);
        await factory.DrainAsync();

        // Here, the cached answer goes when the change is heard, and the next read is the kept ranking with the change.
        (await Eventually.HoldsAsync(async () =>
        {
            var after = await _admin.MatchesAsync(world.Need.Id, includeIneligible: true);
            return after.Kept && after.Items.Single(i => i.IkmId == world.Last.Id).Rank < rankBefore && after.Position > before.Position;
        })).ShouldBeTrue("the change made in the other process is read here");
    }

    [Fact]
    public async Task Opportunities_ShowANeedPostedAfterTheyWereRead()
    {
        var caches = factory.Services.GetRequiredService<RecordCaches>();
        await caches.FirstEnabled.WaitAsync(Eventually.Heard, TestContext.Current.CancellationToken);
        var world = await WorldAsync("32904", "Pembuatan sapu ijuk", "sapu ijuk");
        // A read keeps every open need prepared in the catalog unless the caches were turned off meanwhile.
        (await Eventually.HoldsAsync(async () =>
            (await OpportunitiesAsync(world.Ikms[0].Id)).Items.Any(i => i.NeedId == world.Need.Id) && caches.OpenNeeds.Count > 0))
            .ShouldBeTrue("the open needs are kept");

        var api = new PartnershipApi(_admin);
        var industry = await api.CreateIndustryAsync("Ciwandan");
        var posted = await api.CreateNeedAsync(NeedTestData.Need(
            industry.Id, kbli: "32904", title: "Pengadaan sapu ijuk", description: null, keywords: ["sapu ijuk"], monthlyVolume: 100, unit: "unit"));

        (await OpportunitiesAsync(world.Ikms[0].Id)).Items.ShouldContain(i => i.NeedId == posted.Id);
    }

    [Fact]
    public async Task Opportunities_DropANeedClosedAndTheNeedsOfAnIndustryArchivedAfterTheyWereRead()
    {
        var caches = factory.Services.GetRequiredService<RecordCaches>();
        await caches.FirstEnabled.WaitAsync(Eventually.Heard, TestContext.Current.CancellationToken);
        var world = await WorldAsync("18111", "Kalender meja tahunan", "kalender meja");
        var api = new PartnershipApi(_admin);
        var other = await api.CreateIndustryAsync("Ciwandan");
        var second = await api.CreateNeedAsync(NeedTestData.Need(
            other.Id, kbli: "18111", title: "Kalender meja perusahaan", description: null, keywords: ["kalender meja"], monthlyVolume: 100, unit: "unit"));
        (await Eventually.HoldsAsync(async () =>
        {
            var read = await OpportunitiesAsync(world.Ikms[0].Id);
            return read.Items.Any(i => i.NeedId == world.Need.Id) && read.Items.Any(i => i.NeedId == second.Id) && caches.OpenNeeds.Count > 0;
        })).ShouldBeTrue("both needs are read into the catalog");

        // Once the keeper has handled every change, the answer is kept too, until the next change.
        await factory.DrainAsync();
        var key = new OpportunitiesKey(world.Ikms[0].Id, 100, IncludeIneligible: true);
        (await Eventually.HoldsAsync(async () => (await OpportunitiesAsync(world.Ikms[0].Id)).TotalNeeds == 2 && caches.Opportunities.TryGet(key, out _)))
            .ShouldBeTrue("the answer is cached");

        // Here, the need closes; in another API process, the other industry is archived.
        (await _admin.PostAsync($"/api/v1/needs/{world.Need.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterClose = await OpportunitiesAsync(world.Ikms[0].Id);
        afterClose.Items.ShouldNotContain(i => i.NeedId == world.Need.Id, "the need closed");
        afterClose.TotalNeeds.ShouldBe(1);
        await using var process = new DatabaseApiFactory(
            factory.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Outbox:Enabled"] = "false" });
        (await process.CreateClient().DeleteAsync($"/api/v1/industries/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Eventually.HoldsAsync(async () => (await OpportunitiesAsync(world.Ikms[0].Id)).TotalNeeds == 0))
            .ShouldBeTrue("the need of the industry archived in the other process goes when the change is heard");
    }

    [Fact]
    public async Task OpenNeeds_AreReadIntoTheCatalogAtStart_BeforeAnyRequest()
    {
        var world = await WorldAsync("14120", "Rompi proyek reflektif", "rompi reflektif");
        await using var process = new DatabaseApiFactory(
            factory.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false", ["Outbox:Enabled"] = "false" });
        _ = process.Services; // starts the process; no request is made to it
        var caches = process.Services.GetRequiredService<RecordCaches>();

        (await Eventually.HoldsAsync(() => Task.FromResult(caches.OpenNeeds.Count > 0)))
            .ShouldBeTrue($"the open needs (among them {world.Need.Id}) are read when the process starts");
    }

    /// <summary>The IKM grows, moves next to the industry, gets certified and verified: through <paramref name="client"/>.</summary>
    private static async Task MakeTheBestAsync(HttpClient client, Guid ikmId)
    {
        var ikm = await client.IkmAsync(ikmId);
        await client.PutIkmAsync(ikm.Id, KeptRankingApi.Body(ikm with
        {
            Kecamatan = "Citangkil",
            Capabilities = [.. ikm.Capabilities.Select(c => c with { MonthlyCapacity = 400 })],
            Certifications = [new CertificationDto("ISO9001", "QMS-9", "LSPro", new DateOnly(2031, 1, 1), null)],
        }));
        await client.VerifyIkmAsync(ikm.Id);
    }

    /// <summary>
    /// An industry in Citangkil with a need of <paramref name="kbli"/> for 100 units a month, and three IKM that do the
    /// job: two able to supply it (in Ciwandan, one certified), the last one too small and far (Pulomerak).
    /// </summary>
    private async Task<World> WorldAsync(string kbli, string job, string words)
    {
        var api = new PartnershipApi(_admin);
        var industry = await api.CreateIndustryAsync("Citangkil");
        var need = await api.CreateNeedAsync(NeedTestData.Need(
            industry.Id, kbli: kbli, title: job, description: null, keywords: [words], monthlyVolume: 100, unit: "unit", preferred: ["ISO9001"]));
        JsonArray Capability(decimal capacity) => new(NeedTestData.Capability(kbli, capacity, "unit", job, $"{words} untuk industri"));
        var a = await api.CreateIkmAsync(TestData.Ikm(name: "CV Satu", kecamatan: "Ciwandan", capabilities: Capability(400), certifications: new JsonArray(TestData.Certification())));
        var b = await api.CreateIkmAsync(TestData.Ikm(name: "CV Dua", kecamatan: "Ciwandan", capabilities: Capability(300), certifications: new JsonArray()));
        var c = await api.CreateIkmAsync(TestData.Ikm(name: "CV Tiga", kecamatan: "Pulomerak", capabilities: Capability(50), certifications: new JsonArray()));
        return new World(need, [a, b, c]);
    }

    private sealed record World(NeedDto Need, List<IkmDto> Ikms)
    {
        public IkmDto Last => Ikms[^1];
    }
}
