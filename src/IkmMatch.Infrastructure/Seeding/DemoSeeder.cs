using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>
/// Loads the demo registry of Kota Cilegon's partnership programme: 150 large industries and 903 IKM with
/// their capabilities and certificates (<c>--seed demo</c>). The data is the same on every run (fixed random
/// seeds; dates relative to today) and identified by NIB — demo industries "81200…", demo IKM "91200…" — so
/// seeding again only adds the demo records that are missing and never touches other records.
/// </summary>
public static partial class DemoSeeding
{
    /// <summary>Records written per <c>SaveChanges</c>; the change tracker is cleared between batches.</summary>
    private const int BatchSize = 100;

    private const int IndustrySeed = 36_72_150;
    private const int IkmSeed = 36_72_903;

    /// <summary>Cilegon keeps Western Indonesian Time (WIB, UTC+7): "today" for certificate dates is the date there.</summary>
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static async Task SeedDemoAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeding));

        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(Wib).DateTime);

        var catalog = KbliCatalog.LoadEmbedded();
        var templates = CapabilityTemplateSet.LoadEmbedded(catalog);
        if (templates.SkippedCodes.Count > 0)
        {
            LogSkippedTemplates(logger, string.Join(", ", templates.SkippedCodes));
        }

        var industries = DemoIndustries.Generate(new Random(IndustrySeed));
        var ikms = new DemoIkmGenerator(templates, today).Generate(new Random(IkmSeed));

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var industryNibs = industries.Select(i => i.Profile.Nib).ToList();
            var existingIndustries = await db.Industries.AsNoTracking()
                .Where(i => industryNibs.Contains(i.Nib))
                .Select(i => i.Nib)
                .ToListAsync(cancellationToken);
            var newIndustries = await InsertAsync(
                db,
                "industries",
                industries,
                [.. existingIndustries],
                i => i.Profile.Nib,
                i => Industry.Register(i.Profile, now.AddDays(-i.RegisteredDaysAgo)),
                cancellationToken);

            var ikmNibs = ikms.Select(i => i.Profile.Nib).ToList();
            var existingIkms = await db.Ikms.AsNoTracking()
                .Where(i => ikmNibs.Contains(i.Nib))
                .Select(i => i.Nib)
                .ToListAsync(cancellationToken);
            var newIkms = await InsertAsync(
                db,
                "IKM",
                ikms,
                [.. existingIkms],
                i => i.Profile.Nib,
                i => Register(i, now),
                cancellationToken);

            var elapsed = time.GetElapsedTime(started);
            var summary = Summary.Of(ikms);
            await Console.Out.WriteLineAsync(
                $"Seeding demo data: done in {elapsed.TotalSeconds:0.0} s — {industries.Count} industries ({newIndustries} new), " +
                $"{ikms.Count} IKM ({newIkms} new; {summary.Verified} verified, {summary.Capabilities} capabilities, " +
                $"{summary.Certificates} certificates)");
            LogSeeded(logger, newIndustries, newIkms, elapsed.TotalMilliseconds);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>An IKM as registered on its registration date and, for about a third, verified by Disperindag later.</summary>
    private static Ikm Register(DemoIkm demo, DateTimeOffset now)
    {
        var ikm = Ikm.Register(demo.Profile, now.AddDays(-demo.RegisteredDaysAgo));
        if (demo.VerifiedDaysAgo is { } verifiedDaysAgo)
        {
            ikm.Verify(now.AddDays(-verifiedDaysAgo));
        }

        return ikm;
    }

    /// <summary>Adds the records whose NIB is not there yet, <see cref="BatchSize"/> per save, and reports progress on the console.</summary>
    private static async Task<int> InsertAsync<TDemo, TEntity>(
        AppDbContext db,
        string label,
        IReadOnlyList<TDemo> demo,
        HashSet<string> existing,
        Func<TDemo, string> nib,
        Func<TDemo, TEntity> create,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var present = existing.Count;
        var inserted = 0;
        var pending = 0;
        foreach (var item in demo)
        {
            if (existing.Contains(nib(item)))
            {
                continue;
            }

            db.Add(create(item));
            pending++;
            if (pending == BatchSize)
            {
                await SaveBatchAsync();
            }
        }

        if (pending > 0 || inserted == 0)
        {
            await SaveBatchAsync();
        }

        return inserted;

        async Task SaveBatchAsync()
        {
            if (pending > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            inserted += pending;
            present += pending;
            pending = 0;
            var note = inserted == 0 ? " (all present already)" : string.Empty;
            await Console.Out.WriteLineAsync($"Seeding demo data: {label} {present}/{demo.Count}{note}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo capability templates name KBLI codes that are not in the KBLI list and were skipped: {Codes}")]
    private static partial void LogSkippedTemplates(ILogger logger, string codes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Industries} industries and {Ikms} IKM added in {ElapsedMs:0} ms")]
    private static partial void LogSeeded(ILogger logger, int industries, int ikms, double elapsedMs);

    private sealed record Summary(int Verified, int Capabilities, int Certificates)
    {
        public static Summary Of(IReadOnlyList<DemoIkm> ikms) => new(
            ikms.Count(i => i.VerifiedDaysAgo is not null),
            ikms.Sum(i => i.Profile.Capabilities.Count),
            ikms.Sum(i => i.Profile.Certifications.Count));
    }
}
