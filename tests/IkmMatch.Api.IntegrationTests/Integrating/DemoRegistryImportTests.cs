using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Integrating;

/// <summary>An API with Cilegon's demo data (<c>--seed demo</c>), as the registry another system exports from.</summary>
public sealed class DemoApiFactory : ApiFactory
{
    public DemoApiFactory() => Settings["seed"] = "demo";
}

/// <summary>
/// The demo registry exported from one IkmMatch and imported into an empty one: one request, seconds, every IKM
/// created with the same profile; the same import again changes nothing.
/// </summary>
public sealed class DemoRegistryImportTests(DemoApiFactory source) : IClassFixture<DemoApiFactory>
{
    [Fact]
    public async Task ImportDemoRegistry_OneRequest_CreatesEveryIkmThenRetryChangesNothing()
    {
        using var from = source.CreateClient();
        var exported = await from.GetStringAsync("/api/v1/ikms/export", TestContext.Current.CancellationToken);
        var lines = exported.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var total = await (await from.GetAsync("/api/v1/ikms?pageSize=1", TestContext.Current.CancellationToken)).ShouldBeAsync<PageDto<IkmDto>>(HttpStatusCode.OK);
        lines.Length.ShouldBe(total.TotalCount);
        lines.Length.ShouldBeGreaterThan(900);

        await using var target = new ApiFactory();
        await target.InitializeAsync();
        using var to = target.CreateClient();

        var clock = Stopwatch.StartNew();
        var first = await (await to.PostAsync("/api/v1/ikms/import", new StringContent(exported, Encoding.UTF8, "application/x-ndjson"), TestContext.Current.CancellationToken))
            .ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        var firstTook = clock.Elapsed;
        clock.Restart();
        var again = await (await to.PostAsync("/api/v1/ikms/import", new StringContent(exported, Encoding.UTF8, "application/x-ndjson"), TestContext.Current.CancellationToken))
            .ShouldBeAsync<ImportReportDto>(HttpStatusCode.OK);
        var againTook = clock.Elapsed;
        TestContext.Current.SendDiagnosticMessage($"Demo import: {lines.Length} IKM ({Encoding.UTF8.GetByteCount(exported):N0} bytes) created in {firstTook.TotalSeconds:F2} s; sent again, all unchanged in {againTook.TotalSeconds:F2} s");

        (first.Created, first.Rejected).ShouldBe((lines.Length, 0), string.Join("; ", first.Rows.Where(r => r.Errors is not null).Take(3).Select(r => JsonSerializer.Serialize(r.Errors))));
        (again.Unchanged, again.Created, again.Updated).ShouldBe((lines.Length, 0, 0));
        firstTook.ShouldBeLessThan(TimeSpan.FromSeconds(60));

        var imported = (await to.GetStringAsync("/api/v1/ikms/export", TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Profiles(imported).ShouldBe(Profiles(lines));
    }

    /// <summary>What a registry states of each IKM, by NIB, without what each installation sets itself (ids, times, verification).</summary>
    private static List<string> Profiles(IEnumerable<string> lines) =>
    [
        .. lines.Select(l => JsonSerializer.Deserialize<IkmDto>(l, HttpAssertions.Json)!)
            .OrderBy(i => i.Nib, StringComparer.Ordinal)
            .Select(i => JsonSerializer.Serialize(new { i.Nib, i.Name, i.OwnerName, i.Email, i.Phone, i.Address, i.Kecamatan, i.KecamatanCode, i.Workforce, i.Capabilities, i.Certifications })),
    ];
}
