using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// Kept rankings against the plain definition: on Cilegon's demo registry, after a scripted series of changes through
/// the API (IKM edits, a verification, certificates, a completed partnership, a need update, a need closed, an industry
/// moving kecamatan, an archive, a new IKM), once the keeper has handled them, every open need's matches come from its
/// kept ranking and are exactly those of scoring every active IKM afresh (MatchIdentityTests' comparison).
/// </summary>
public sealed class KeptRankingIdentityTests : IAsyncLifetime
{
    private readonly KeptRankingFactory _factory = new();

    public async ValueTask InitializeAsync()
    {
        await _factory.InitializeAsync();
        await _factory.Services.SeedDemoAsync();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task KeptMatches_AfterScriptedChanges_AreThoseOfScoringEveryCandidate()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        var api = new PartnershipApi(client);
        await _factory.DrainAsync();

        List<Guid> open;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            open = await db.Needs.AsNoTracking()
                .Where(n => n.Status == NeedStatus.Open)
                .OrderBy(n => n.Id)
                .Select(n => n.Id)
                .ToListAsync(ct);
            (await db.NeedRankings.CountAsync(r => r.Model != null, ct)).ShouldBe(open.Count); // the seeded needs were kept
        }

        open.Count.ShouldBeGreaterThan(12);
        var before = await client.MatchesAsync(open[0]);
        before.Kept.ShouldBeTrue();

        // The needs whose top is changed, each with at least two eligible IKM.
        var tops = new List<(Guid Need, List<MatchItemDto> Items)>();
        foreach (var id in open)
        {
            var matches = await client.MatchesAsync(id, limit: 5);
            if (matches.Items.Count >= 2)
            {
                tops.Add((id, matches.Items));
            }
        }

        tops.Count.ShouldBeGreaterThanOrEqualTo(9);

        // 1. An IKM at the top of a need cuts its capacity.
        var cut = await client.IkmAsync(tops[0].Items[0].IkmId);
        var cutBody = KeptRankingApi.Body(cut with { Capabilities = [.. cut.Capabilities.Select(c => c with { MonthlyCapacity = 0.5m })] });
        await client.PutIkmAsync(cut.Id, cutBody);

        // 2. The second of another need gains certificates and moves next to the need's industry.
        var need1 = await client.NeedAsync(tops[1].Need);
        var industry1 = await (await client.GetAsync($"/api/v1/industries/{need1.IndustryId}", ct)).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        var gains = await client.IkmAsync(tops[1].Items[1].IkmId);
        var gainsBody = KeptRankingApi.Body(gains with
        {
            Kecamatan = industry1.Kecamatan,
            Certifications = [.. gains.Certifications.Where(c => c.Type is not ("ISO9001" or "SNI")),
                new CertificationDto("ISO9001", "QMS-1", "LSPro", new DateOnly(2031, 1, 1), null),
                new CertificationDto("SNI", "SNI-1", "LSPro", new DateOnly(2031, 1, 1), null)],
        });
        await client.PutIkmAsync(gains.Id, gainsBody);

        // 3. Disperindag verifies the last of a third need's top.
        await client.VerifyIkmAsync(tops[2].Items[^1].IkmId);

        // 4. A partnership on a fourth need is completed with the best rating (the IKM's track record).
        var partnership = await api.ProposeAsync(PartnershipTestData.Proposal(tops[3].Items[^1].IkmId, needId: tops[3].Need));
        foreach (var action in new[] { "accept", "activate", "complete" })
        {
            partnership = await api.MoveAsync(partnership.Id, action, action == "complete" ? PartnershipTestData.Completion(rating: 5) : null);
        }

        partnership.Status.ShouldBe("Completed");

        // 5. A need triples its volume.
        var need4 = await client.NeedAsync(tops[4].Need);
        await client.PutNeedAsync(need4.Id, KeptRankingApi.Body(need4, monthlyVolume: need4.MonthlyVolume * 3));

        // 6. An industry moves kecamatan (its needs' location criterion).
        var need5 = await client.NeedAsync(tops[5].Need);
        var industry5 = await (await client.GetAsync($"/api/v1/industries/{need5.IndustryId}", ct)).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        var moved = industry5.Kecamatan == nameof(Kecamatan.Pulomerak) ? nameof(Kecamatan.Cibeber) : nameof(Kecamatan.Pulomerak);
        (await client.SendAsync(
            PartnershipApi.Json(HttpMethod.Put, $"/api/v1/industries/{industry5.Id}", TestData.Industry(nib: industry5.Nib, name: industry5.Name, sector: industry5.Sector, kecamatan: moved)),
            ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // 7. The top IKM of another need is archived.
        (await client.DeleteAsync($"/api/v1/ikms/{tops[6].Items[0].IkmId}", ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // 8. A new IKM does what the top of another need does, next to its industry, with its certificates.
        var model = await client.IkmAsync(tops[7].Items[0].IkmId);
        var need7 = await client.NeedAsync(tops[7].Need);
        var industry7 = await (await client.GetAsync($"/api/v1/industries/{need7.IndustryId}", ct)).ShouldBeAsync<IndustryDto>(HttpStatusCode.OK);
        var newcomer = await api.CreateIkmAsync(KeptRankingApi.Body(model with { Nib = TestData.NewNib(), Name = "CV Pendatang Baru", Kecamatan = industry7.Kecamatan }));
        await client.VerifyIkmAsync(newcomer.Id);

        // 9. A need is closed.
        (await client.PostAsync($"/api/v1/needs/{tops[8].Need}/close", null, ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Before the keeper runs, answers are computed on the spot (never stale, never empty)...
        var spot = await client.MatchesAsync(tops[0].Need);
        spot.Kept.ShouldBeFalse();
        spot.Items.ShouldNotBeEmpty();
        var reportsOnTheSpot = await ReportsAsync(client);

        // ...and once it has, they come from the kept rankings, equal to scoring every candidate.
        await _factory.DrainAsync();
        var after = await client.MatchesAsync(open[0]);
        after.Kept.ShouldBeTrue();
        after.Position.ShouldBeGreaterThan(before.Position);
        await MatchIdentityTests.ShouldBeThoseOfScoringEveryCandidateAsync(_factory, MatchWeights.Default, keptOpenNeeds: true);

        // The reports read from the kept rankings say what evaluating every need on the spot said.
        var reportsKept = await ReportsAsync(client);
        reportsKept.ShouldBe(reportsOnTheSpot);
        reportsKept[1].ShouldContain("\"ikmBlocked\"");
    }

    /// <summary>The summary and the capability gaps (whole, by division, by kecamatan), as the API writes them.</summary>
    private static async Task<List<string>> ReportsAsync(HttpClient client)
    {
        var reports = new List<string>();
        foreach (var route in new[] { "summary", "capability-gaps", "capability-gaps?kbli=25", "capability-gaps?kecamatan=Ciwandan" })
        {
            var response = await client.GetAsync($"/api/v1/reports/{route}", TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            reports.Add(body);
        }

        return reports;
    }
}
