using IkmMatch.Application.Alerts;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Matching.Rankings;

/// <summary>
/// Keeps the rankings of open needs up to date from the outbox (consumer <c>rankings</c>). The Domain scorer is the only
/// definition of a score: every kept row is <see cref="MatchScorer.Evaluate"/> of the need and the IKM as they are when the
/// keeper handles the change, and the unmet codes of <see cref="MatchScorer.Score(PreparedNeed, CandidateToMatch)"/>.
/// <list type="bullet">
/// <item>A need posted or updated is ranked whole (every candidate the search retrieves); closed or cancelled, forgotten.
/// Its eligible top gets tender alerts.</item>
/// <item>An IKM created, updated, verified or archived, or one whose partnership was completed (its track record), is
/// evaluated against every kept open need it may be a candidate of; its rows there are written or removed and the counts
/// moved. When that brings it into a need's eligible top, it gets an alert.</item>
/// <item>An industry updated (its kecamatan places its needs) has its kept open needs ranked again.</item>
/// </list>
/// Changes in a batch are coalesced (a record changed five times is handled once), and always from the data as it is now,
/// so that handling a change again is harmless. Needs that are not kept (bulk-loaded ones) are kept when asked for
/// (<see cref="KeepPendingAsync"/>).
/// </summary>
public sealed class RankingKeeper(
    IApplicationDbContext db,
    IMatchCandidateSearch search,
    MatchScorer scorer,
    IRankingStore store,
    IOptions<AlertOptions> alertOptions,
    TimeProvider clock) : IOutboxConsumer
{
    private readonly string _model = RankingModel.Of(scorer);

    public string Name => IRankingStore.Consumer;

    public async ValueTask HandleAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        var needs = new Dictionary<Guid, (long Position, bool Alert)>();
        var ikms = new Dictionary<Guid, long>();
        var industries = new Dictionary<Guid, long>();
        foreach (var e in events)
        {
            switch (e.Type)
            {
                case EventTypes.NeedPosted or EventTypes.NeedUpdated:
                    needs[e.Subject] = (e.Position, true);
                    break;
                case EventTypes.NeedClosed or EventTypes.NeedCancelled:
                    needs[e.Subject] = (e.Position, needs.TryGetValue(e.Subject, out var earlier) && earlier.Alert);
                    break;
                case EventTypes.IkmCreated or EventTypes.IkmUpdated or EventTypes.IkmVerified or EventTypes.IkmArchived:
                    ikms[e.Subject] = e.Position;
                    break;
                case EventTypes.PartnershipCompleted when e.IkmId is { } ikm:
                    ikms[ikm] = e.Position;
                    break;
                case EventTypes.IndustryUpdated:
                    industries[e.Subject] = e.Position;
                    break;
            }
        }

        if (industries.Count > 0)
        {
            var ids = industries.Keys.ToList();
            var kept = await db.Needs.AsNoTracking()
                .Where(n => ids.Contains(n.IndustryId) && n.Status == NeedStatus.Open
                    && db.NeedRankings.Any(r => r.NeedId == n.Id && r.Model == _model))
                .Select(n => new { n.Id, n.IndustryId })
                .ToListAsync(cancellationToken);
            foreach (var need in kept)
            {
                needs.TryAdd(need.Id, (industries[need.IndustryId], false));
            }
        }

        foreach (var (needId, (position, alert)) in needs)
        {
            await KeepNeedAsync(needId, position, alert, cancellationToken);
        }

        foreach (var (ikmId, position) in ikms)
        {
            await KeepIkmAsync(ikmId, position, recomputed: needs.Keys, cancellationToken);
        }
    }

    /// <summary>
    /// Keeps up to <paramref name="max"/> needs that are not kept: those whose matches were asked for, oldest request
    /// first, then (with <paramref name="openNeeds"/>) any open need — stopping after the first need that ends past
    /// <paramref name="budget"/>, since changes wait meanwhile. Call it holding the keeper's checkpoint (so no change is
    /// handled meanwhile); <paramref name="position"/> is that checkpoint. Returns how many it kept.
    /// </summary>
    public async Task<int> KeepPendingAsync(int max, TimeSpan budget, long position, bool openNeeds, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var pending = await db.NeedRankings.AsNoTracking()
            .Where(r => r.RequestedAt != null && (r.Model == null || r.Model != _model))
            .OrderBy(r => r.RequestedAt).ThenBy(r => r.NeedId)
            .Select(r => r.NeedId)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (openNeeds && pending.Count < max)
        {
            pending.AddRange(await db.Needs.AsNoTracking()
                .Where(n => n.Status == NeedStatus.Open && !db.NeedRankings.Any(r => r.NeedId == n.Id && r.Model == _model))
                .Where(n => !pending.Contains(n.Id))
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
                .Select(n => n.Id)
                .Take(max - pending.Count)
                .ToListAsync(cancellationToken));
        }

        var kept = 0;
        foreach (var needId in pending)
        {
            await KeepNeedAsync(needId, position, alert: false, cancellationToken);
            kept++;
            if (clock.GetElapsedTime(started) > budget)
            {
                break;
            }
        }

        return kept;
    }

    /// <summary>Ranks the need whole from its candidates (or forgets it when it is no longer open).</summary>
    private async Task KeepNeedAsync(Guid needId, long position, bool alert, CancellationToken cancellationToken)
    {
        var found = await db.Needs.AsNoTracking()
            .Where(n => n.Id == needId)
            .Join(db.Industries, n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || found.Need.Status != NeedStatus.Open)
        {
            await store.DeleteAsync([needId], cancellationToken);
            return;
        }

        var prepared = scorer.Prepare(found.Need.ToMatch(found.Kecamatan));
        var entries = new List<KeptEntry>();
        await foreach (var candidate in search.FindAsync(CandidateSearch.For(prepared), cancellationToken))
        {
            if (Entry(needId, prepared, candidate.Match) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var now = clock.GetUtcNow();
        await store.ReplaceAsync(needId, _model, position, now, entries, cancellationToken);
        if (!alert)
        {
            return;
        }

        var top = alertOptions.Value.Top;
        var best = entries.Where(e => e.Eligible).ToList();
        best.Sort((a, b) => MatchRanking.Compare(a.Eligible, a.Score, a.IkmId, b.Eligible, b.Score, b.IkmId));
        var alerts = best.Take(top)
            .Select((e, index) => new NewAlert(Guid.CreateVersion7(now), e.IkmId, needId, index + 1, e.Score, position, now))
            .ToList();
        await RecordAlertsAsync(alerts, found.Need.IndustryId, cancellationToken);
    }

    /// <summary>Evaluates one IKM against every kept open need it may be a candidate of, and writes its rows and the counts.</summary>
    private async Task KeepIkmAsync(Guid ikmId, long position, IEnumerable<Guid> recomputed, CancellationToken cancellationToken)
    {
        var skip = recomputed.ToHashSet();
        var old = await db.NeedRankingEntries.AsNoTracking()
            .Where(e => e.IkmId == ikmId && db.NeedRankings.Any(r => r.NeedId == e.NeedId && r.Model == _model))
            .Select(e => new { e.NeedId, e.Eligible })
            .ToDictionaryAsync(e => e.NeedId, e => e.Eligible, cancellationToken);

        var active = await db.Ikms.AnyAsync(i => i.Id == ikmId && i.Status == RecordStatus.Active, cancellationToken);
        var candidate = active ? (await db.OneAsync(ikmId, cancellationToken))?.Match : null;
        var upserts = new List<KeptEntry>();
        var deletes = new List<Guid>();
        var deltas = new List<CountDelta>();
        var industries = new Dictionary<Guid, Guid>();
        if (candidate is not null)
        {
            // The kept open needs the search may retrieve the IKM for: its capabilities' divisions, or a shared term.
            var (divisions, terms) = OpenNeedsForIkm.RetrievalKeys(candidate);
            var needs = await db.Needs.AsNoTracking()
                .Where(n => n.Status == NeedStatus.Open
                    && db.NeedRankings.Any(r => r.NeedId == n.Id && r.Model == _model)
                    && (divisions.Contains(n.Kbli.Substring(0, 2)) || n.SearchTerms.Any(t => terms.Contains(t))))
                .Join(db.Industries, n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
                .ToListAsync(cancellationToken);
            foreach (var n in needs)
            {
                if (skip.Contains(n.Need.Id))
                {
                    continue;
                }

                industries[n.Need.Id] = n.Need.IndustryId;
                var prepared = scorer.Prepare(n.Need.ToMatch(n.Kecamatan));
                var entry = Entry(n.Need.Id, prepared, candidate);
                var had = old.TryGetValue(n.Need.Id, out var wasEligible);
                old.Remove(n.Need.Id);
                if (entry is null)
                {
                    if (had)
                    {
                        deletes.Add(n.Need.Id);
                        deltas.Add(new CountDelta(n.Need.Id, -1, wasEligible ? -1 : 0));
                    }

                    continue;
                }

                upserts.Add(entry);
                deltas.Add(new CountDelta(n.Need.Id, had ? 0 : 1, (entry.Eligible ? 1 : 0) - (had && wasEligible ? 1 : 0)));
            }
        }

        // Kept needs it is no longer retrieved for (or it is archived): its rows go.
        foreach (var (needId, wasEligible) in old)
        {
            if (skip.Contains(needId))
            {
                continue;
            }

            deletes.Add(needId);
            deltas.Add(new CountDelta(needId, -1, wasEligible ? -1 : 0));
        }

        if (upserts.Count == 0 && deletes.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await store.ApplyIkmAsync(ikmId, upserts, deletes, deltas, position, now, cancellationToken);

        var eligibleIn = upserts.Where(e => e.Eligible).Select(e => e.NeedId).ToList();
        if (eligibleIn.Count == 0)
        {
            return;
        }

        var ranks = await store.RanksInTopAsync(ikmId, eligibleIn, alertOptions.Value.Top, cancellationToken);
        foreach (var group in ranks.GroupBy(r => industries[r.NeedId]))
        {
            await RecordAlertsAsync(
                [.. group.Select(r => new NewAlert(Guid.CreateVersion7(now), ikmId, r.NeedId, r.Rank, r.Score, position, now))],
                group.Key,
                cancellationToken);
        }
    }

    /// <summary>The kept row of a candidate, or null when the scorer says it is no candidate of the need.</summary>
    private KeptEntry? Entry(Guid needId, PreparedNeed prepared, CandidateToMatch candidate)
    {
        var value = scorer.Evaluate(prepared, candidate);
        if (!value.Candidate)
        {
            return null;
        }

        string[] unmet = value.Eligible ? [] : [.. scorer.Score(prepared, candidate).Unmet.Select(u => u.Code)];
        return new KeptEntry(needId, candidate.IkmId, value.Eligible, value.Score, unmet);
    }

    /// <summary>Records the alerts not given before, each with its outbox event in this same transaction.</summary>
    private async Task RecordAlertsAsync(List<NewAlert> alerts, Guid industryId, CancellationToken cancellationToken)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        foreach (var alert in await store.AlertAsync(alerts, cancellationToken))
        {
            db.OutboxEvents.Add(OutboxEvent.Record(
                new DomainEvent(
                    EventTypes.IkmAlerted,
                    alert.Id,
                    alert.IkmId,
                    industryId,
                    alert.CreatedAt,
                    new Dictionary<string, object?> { ["needId"] = alert.NeedId, ["rank"] = alert.Rank, ["score"] = alert.Score }),
                "system"));
        }
    }
}
