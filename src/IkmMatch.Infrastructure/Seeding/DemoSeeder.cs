using IkmMatch.Application.Needs;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>
/// Loads the demo registry of Kota Cilegon's partnership programme: 150 large industries and 903 IKM with
/// their capabilities and certificates, 60 open procurement needs of those industries and 18 needs of the past
/// months, about a hundred partnerships in every status with their histories, and a year of development programmes
/// with their participants and outcomes (<c>--seed demo</c>).
/// The data is the same on every run (fixed random seeds and data files; dates relative to today) and identified
/// by NIB — demo industries "81200…", demo IKM "91200…" — and a need by its buyer's NIB and its title, so seeding
/// again only adds the demo records that are missing and never touches other records; the partnerships, marked by
/// a demo tag in their notes, are recorded all at once (closing the demo's own past needs) or not at all. A demo need
/// that was since closed, cancelled or fulfilled is still there and is not posted again.
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
        var openNeeds = DemoNeeds.LoadEmbedded(catalog);
        var pastNeeds = DemoNeeds.LoadPastEmbedded(catalog);
        IReadOnlyList<DemoNeed> needs = [.. openNeeds, .. pastNeeds];
        CheckBuyers(needs, industries);

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

            var newNeeds = await SeedNeedsAsync(db, needs, new NeedRequestValidator(time), now, today, cancellationToken);
            var scorer = scope.ServiceProvider.GetRequiredService<MatchScorer>();
            var (partnerships, newPartnerships) = await SeedPartnershipsAsync(db, scorer, needs, now, cancellationToken);
            var (programmes, newProgrammes) = await SeedProgrammesAsync(db, scorer, now, cancellationToken);

            var elapsed = time.GetElapsedTime(started);
            var summary = Summary.Of(ikms);
            await Console.Out.WriteLineAsync(
                $"Seeding demo data: done in {elapsed.TotalSeconds:0.0} s — {industries.Count} industries ({newIndustries} new), " +
                $"{ikms.Count} IKM ({newIkms} new; {summary.Verified} verified, {summary.Capabilities} capabilities, " +
                $"{summary.Certificates} certificates), {needs.Count} procurement needs ({openNeeds.Count} open, {pastNeeds.Count} past; {newNeeds} new), " +
                $"{partnerships} partnerships ({newPartnerships} new), {programmes} development programmes ({newProgrammes} new)");
            LogSeeded(logger, newIndustries, newIkms, newNeeds, newPartnerships, elapsed.TotalMilliseconds);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Every demo need names a demo industry of the sector it was written for, which had joined the programme before
    /// it posted the need, and no two demo needs share a buyer and a title; a change to the industry list must not pass silently.
    /// </summary>
    private static void CheckBuyers(IReadOnlyList<DemoNeed> needs, IReadOnlyList<DemoIndustry> industries)
    {
        var buyers = industries.ToDictionary(i => i.Profile.Nib, StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var need in needs)
        {
            if (!buyers.TryGetValue(need.IndustryNib, out var buyer))
            {
                throw new InvalidDataException($"{need.Source} line {need.Line}: no demo industry has NIB {need.IndustryNib}.");
            }

            if (!string.Equals(buyer.Profile.Sector, need.Sector, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"{need.Source} line {need.Line}: industry {need.IndustryNib} is in sector '{buyer.Profile.Sector}', not '{need.Sector}'.");
            }

            if (buyer.RegisteredDaysAgo <= need.PostedDaysAgo)
            {
                throw new InvalidDataException(
                    $"{need.Source} line {need.Line}: industry {need.IndustryNib} joined {buyer.RegisteredDaysAgo} days ago, after the need was posted ({need.PostedDaysAgo} days ago).");
            }

            if (!keys.Add(need.Key))
            {
                throw new InvalidDataException($"{need.Source} line {need.Line}: industry {need.IndustryNib} already has a demo need titled '{need.Title}'.");
            }
        }
    }

    /// <summary>
    /// Posts the demo needs that are not there yet — none of the buyer's needs, in any status, has the title — each
    /// checked by the same rules as <c>POST /api/v1/needs</c> (a past need by the rules of the day it was posted). An
    /// archived buyer cannot post needs, so its demo needs are left out.
    /// </summary>
    private static async Task<int> SeedNeedsAsync(
        AppDbContext db,
        IReadOnlyList<DemoNeed> needs,
        NeedRequestValidator validator,
        DateTimeOffset now,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var nibs = needs.Select(n => n.IndustryNib).Distinct().ToList();
        var buyers = await db.Industries.AsNoTracking()
            .Where(i => nibs.Contains(i.Nib))
            .Select(i => new { i.Id, i.Nib, i.Status })
            .ToDictionaryAsync(i => i.Nib, StringComparer.Ordinal, cancellationToken);
        var buyerIds = buyers.Values.Select(b => b.Id).ToList();
        var titles = needs.Select(n => n.Title).Distinct().ToList();
        var posted = await db.Needs.AsNoTracking()
            .Where(n => buyerIds.Contains(n.IndustryId) && titles.Contains(n.Title))
            .Select(n => new { n.IndustryId, n.Title })
            .ToListAsync(cancellationToken);
        var nibOf = buyers.Values.ToDictionary(b => b.Id, b => b.Nib);
        var existing = posted.Select(p => DemoNeeds.Key(nibOf[p.IndustryId], p.Title)).ToHashSet(StringComparer.Ordinal);

        var postable = needs
            .Where(n => buyers.TryGetValue(n.IndustryNib, out var buyer) && buyer.Status == RecordStatus.Active)
            .ToList();
        existing.IntersectWith(postable.Select(n => n.Key));
        foreach (var need in postable.Where(n => !existing.Contains(n.Key)))
        {
            var details = need.Details(today);
            var rules = need.Past ? new NeedRequestValidator(new FixedClock(now.AddDays(-need.PostedDaysAgo))) : validator;
            var result = await rules.ValidateAsync(Request(buyers[need.IndustryNib].Id, details), cancellationToken);
            if (!result.IsValid)
            {
                throw new InvalidDataException(
                    $"{need.Source} line {need.Line}: {string.Join(" ", result.Errors.Select(e => e.ErrorMessage))}");
            }
        }

        return await InsertAsync(
            db,
            "needs",
            postable,
            existing,
            n => n.Key,
            n => ProcurementNeed.Post(buyers[n.IndustryNib].Id, n.Details(today), now.AddDays(-n.PostedDaysAgo)),
            cancellationToken);
    }

    private static NeedRequest Request(Guid industryId, NeedDetails details) => new()
    {
        IndustryId = industryId,
        Title = details.Title,
        Description = details.Description,
        Kbli = details.Kbli,
        Keywords = details.Keywords,
        MonthlyVolume = details.MonthlyVolume,
        Unit = details.Unit,
        RequiredCertifications = details.RequiredCertifications,
        PreferredCertifications = details.PreferredCertifications,
        MinTkdnPercent = details.MinTkdnPercent,
        Budget = details.Budget,
        NeededBy = details.NeededBy,
        AllowPartialSupply = details.AllowPartialSupply,
    };

    /// <summary>An IKM as registered on its registration date and, for about a third, verified by Disperindag later.</summary>
    private static Ikm Register(DemoIkm demo, DateTimeOffset now)
    {
        var ikm = Ikm.Register(demo.Profile, now.AddDays(-demo.RegisteredDaysAgo));
        if (demo.VerifiedDaysAgo is { } verifiedDaysAgo)
        {
            ikm.Verify(now.AddDays(-verifiedDaysAgo), AppDbContext.SystemActor);
        }

        return ikm;
    }

    /// <summary>Adds the records whose key (NIB; for needs, NIB and title; for partnerships, the demo tag) is not there yet, <see cref="BatchSize"/> per save, and reports progress on the console.</summary>
    private static async Task<int> InsertAsync<TDemo, TEntity>(
        AppDbContext db,
        string label,
        IReadOnlyList<TDemo> demo,
        HashSet<string> existing,
        Func<TDemo, string> key,
        Func<TDemo, TEntity> create,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var present = existing.Count;
        var inserted = 0;
        var pending = 0;
        foreach (var item in demo)
        {
            if (existing.Contains(key(item)))
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Industries} industries, {Ikms} IKM, {Needs} procurement needs and {Partnerships} partnerships added in {ElapsedMs:0} ms")]
    private static partial void LogSeeded(ILogger logger, int industries, int ikms, int needs, int partnerships, double elapsedMs);

    private sealed record Summary(int Verified, int Capabilities, int Certificates)
    {
        public static Summary Of(IReadOnlyList<DemoIkm> ikms) => new(
            ikms.Count(i => i.VerifiedDaysAgo is not null),
            ikms.Sum(i => i.Profile.Capabilities.Count),
            ikms.Sum(i => i.Profile.Certifications.Count));
    }
}
