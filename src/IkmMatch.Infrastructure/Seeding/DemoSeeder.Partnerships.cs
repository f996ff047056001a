using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Infrastructure.Seeding;

public static partial class DemoSeeding
{
    private const int PartnershipSeed = 36_72_026;

    /// <summary>
    /// Records the demo partnerships (<see cref="DemoPartnershipPlanner"/>) through the domain's life-cycle methods, each
    /// with its full history, and closes the past needs they served — all in one transaction, so they are either all
    /// there or none is. A demo partnership is known by the tag its notes end with
    /// (<see cref="DemoPartnershipTexts.TagPrefix"/>): when any is there, the demo's partnerships were recorded and
    /// seeding again adds none (on another day the plan, counted back from that day, could differ). One is left out
    /// when the API would refuse it now: its buyer is archived, its open need was closed or cancelled meanwhile, or its
    /// IKM already has a running partnership for that need.
    /// </summary>
    private static async Task<(int Total, int Added)> SeedPartnershipsAsync(
        AppDbContext db, MatchScorer scorer, IReadOnlyList<DemoNeed> needs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var present = await db.Partnerships.CountAsync(
            p => p.Notes != null && p.Notes.Contains(DemoPartnershipTexts.TagPrefix), cancellationToken);
        if (present > 0)
        {
            await Console.Out.WriteLineAsync($"Seeding demo data: partnerships {present}/{present} (all present already)");
            return (present, 0);
        }

        var industryRows = await db.Industries.AsNoTracking()
            .Where(i => i.Nib.StartsWith(DemoIndustries.NibPrefix))
            .Select(i => new { i.Id, i.Nib, i.Kecamatan, i.Email, i.CreatedAt, i.Status })
            .ToListAsync(cancellationToken);
        var industries = industryRows.ToDictionary(
            i => i.Nib, i => new DemoPartnerIndustry(i.Id, i.Nib, i.Kecamatan, i.Email, i.CreatedAt), StringComparer.Ordinal);
        var archivedIndustries = industryRows.Where(i => i.Status != RecordStatus.Active).Select(i => i.Id).ToHashSet();

        var buyerIds = industryRows.Select(i => i.Id).ToList();
        var titles = needs.Select(n => n.Title).Distinct().ToList();
        var storedNeeds = await db.Needs.AsNoTracking()
            .Where(n => buyerIds.Contains(n.IndustryId) && titles.Contains(n.Title))
            .ToListAsync(cancellationToken);
        var nibOf = industryRows.ToDictionary(i => i.Id, i => i.Nib);
        var stored = storedNeeds
            .GroupBy(n => DemoNeeds.Key(nibOf[n.IndustryId], n.Title), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(n => n.CreatedAt).First(), StringComparer.Ordinal);
        var demoNeeds = needs
            .Where(n => stored.ContainsKey(n.Key))
            .Select(n =>
            {
                var need = stored[n.Key];
                var buyer = industries[n.IndustryNib];
                return new DemoPartnerNeed(need.Id, n, buyer, need.ToMatch(buyer.Kecamatan), need.Budget, need.CreatedAt, need.Status);
            })
            .ToList();

        // The registry as the matcher reads it (MatchCandidates): active IKM, capabilities in their order, every certificate.
        var ikmRows = await db.Ikms.AsNoTracking()
            .Where(i => i.Status == RecordStatus.Active)
            .OrderBy(i => i.Nib)
            .Select(i => new
            {
                i.Id,
                i.Nib,
                i.Kecamatan,
                i.CreatedAt,
                i.Verified,
                i.VerifiedAt,
                Capabilities = i.Capabilities
                    .OrderBy(c => c.Ordinal)
                    .Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit))
                    .ToList(),
                Certifications = i.Certifications
                    .Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ikms = ikmRows
            .Select(i => new DemoPartnerIkm(
                i.Id, i.Nib, i.Kecamatan, i.CreatedAt, i.Verified ? i.VerifiedAt ?? i.CreatedAt : null, i.Capabilities, i.Certifications))
            .ToList();

        // Partnerships completed outside the demo count in the track record from the moment they were completed.
        var completedOutside = await db.Partnerships.AsNoTracking()
            .Where(p => p.Status == PartnershipStatus.Completed && (p.Notes == null || !p.Notes.Contains(DemoPartnershipTexts.TagPrefix)))
            .SelectMany(p => p.History.Where(e => e.To == PartnershipStatus.Completed).Select(e => new { p.IkmId, e.At, Rating = p.Rating ?? 0 }))
            .ToListAsync(cancellationToken);
        var trackRecords = completedOutside
            .GroupBy(c => c.IkmId)
            .ToDictionary(g => g.Key, g => g.Select(c => (c.At, c.Rating)).ToList());

        var plan = new DemoPartnershipPlanner(scorer, new Random(PartnershipSeed), now, ikms, trackRecords).Plan(demoNeeds, industries);

        var running = (await db.Partnerships.AsNoTracking()
                .Where(p => p.NeedId != null && PartnershipLifeCycle.NonTerminal.Contains(p.Status))
                .Select(p => new { NeedId = p.NeedId!.Value, p.IkmId })
                .ToListAsync(cancellationToken))
            .Select(r => (r.NeedId, r.IkmId))
            .ToHashSet();

        var needsById = demoNeeds.ToDictionary(n => n.Id);
        var recordable = new List<DemoPartnership>();
        foreach (var partnership in plan.Partnerships)
        {
            if (archivedIndustries.Contains(partnership.IndustryId))
            {
                continue;
            }

            if (partnership.NeedId is { } needId)
            {
                var need = needsById[needId];
                if ((!need.Demo.Past && need.Status != NeedStatus.Open)
                    || (!partnership.Status.IsTerminal() && !running.Add((needId, partnership.IkmId))))
                {
                    continue;
                }
            }

            recordable.Add(partnership);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await InsertAsync(db, "partnerships", recordable, [], p => p.Key, p => p.Build(), cancellationToken);

        // The past needs were served: closed (fulfilled) as of the day after their last contract was signed.
        var closings = plan.Closings.ToDictionary(c => c.NeedId);
        var closingIds = closings.Keys.ToList();
        var stillOpen = await db.Needs
            .Where(n => closingIds.Contains(n.Id) && n.Status == NeedStatus.Open)
            .ToListAsync(cancellationToken);
        foreach (var need in stillOpen)
        {
            var closing = closings[need.Id];
            need.Close(closing.Fulfilled, closing.At);
        }

        if (stillOpen.Count > 0)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return (recordable.Count, added);
    }

    /// <summary>A clock fixed at one moment: a past need is checked by the rules as they applied the day it was posted.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
