using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching.GetIkmOpportunities;

/// <summary>
/// Ranks the open needs for one IKM, in the order of matches. The needs retrieved are those of the KBLI divisions of its
/// capabilities and those whose title or keywords share a term with its capabilities (the term index), taken from this
/// process's catalog of open needs (<see cref="RecordCaches.OpenNeeds"/>; read from the database when it is off). For
/// needs with a kept ranking (when the keeper has handled every change so far) the IKM's kept row says whether it is a
/// candidate, and its eligibility and score; the others are evaluated on the spot by the Domain scorer, with numbers only,
/// a few IKM at a time per process (<see cref="RankingGate"/>). Only the ones returned are explained, read whole. The
/// answer, when the keeper has handled every change so far, is kept in <see cref="RecordCaches.Opportunities"/> until the
/// next change, in this process or any other.
/// </summary>
public sealed class GetIkmOpportunitiesQueryHandler(
    IApplicationDbContext db,
    ICurrentActor actor,
    MatchScorer scorer,
    IRankingStore rankings,
    RecordCaches caches,
    RankingGate gate,
    TimeProvider clock)
    : IQueryHandler<GetIkmOpportunitiesQuery, OpportunitiesResponse>
{
    /// <summary>Needs weighed in one part at least: fewer are weighed on one processor.</summary>
    private const int NeedsPerPart = 1_000;

    public async ValueTask<OpportunitiesResponse> Handle(GetIkmOpportunitiesQuery query, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.GetIkmOpportunities, ikmId: query.IkmId);
        var key = new OpportunitiesKey(query.IkmId, query.Limit, query.IncludeIneligible);
        if (caches.Opportunities.TryGet(key, out var cached))
        {
            return cached;
        }

        var generation = caches.Opportunities.Generation;
        var status = await db.Ikms.Where(i => i.Id == query.IkmId).Select(i => (RecordStatus?)i.Status).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("IKM", query.IkmId);
        if (status == RecordStatus.Archived)
        {
            throw new ConflictException(new Text("problem.ikmArchivedNoMatching", query.IkmId.ToString()));
        }

        var candidate = (await db.OneAsync(query.IkmId, cancellationToken))!.Match;
        // Weighing thousands of needs (at national scale) is a ranking on the spot: a few at a time per process.
        using var turn = await gate.EnterAsync(cancellationToken);
        // The open needs from this process's catalog (prepared for numbers only); read from the database when it is off.
        var catalog = await caches.OpenNeeds.CurrentAsync(db, scorer, cancellationToken);
        var needs = catalog?.For(candidate)
            ?? [.. (await db.OpenNeedsForAsync(candidate, cancellationToken)).Select(n => OpenNeedsForIkm.Prepare(scorer, n))];
        var numbered = catalog?.Numbered(candidate) ?? candidate;

        // Kept rankings are read when they reflect every change so far; the needs without one are evaluated here.
        var freshness = await rankings.FreshnessAsync(cancellationToken);
        var model = RankingModel.Of(scorer);
        HashSet<Guid> keptNeeds = [];
        Dictionary<Guid, MatchValue> keptRows = [];
        if (freshness.CaughtUp && needs.Count > 0)
        {
            // Every kept need (one per open need at city scale, those asked for at national scale): cheaper than asking
            // for thousands of ids.
            keptNeeds = [.. await db.NeedRankings.AsNoTracking()
                .Where(r => r.Model == model)
                .Select(r => r.NeedId)
                .ToListAsync(cancellationToken)];
            keptRows = await db.NeedRankingEntries.AsNoTracking()
                .Where(e => e.IkmId == query.IkmId && db.NeedRankings.Any(r => r.NeedId == e.NeedId && r.Model == model))
                .ToDictionaryAsync(e => e.NeedId, e => new MatchValue(e.Score, e.Eligible), cancellationToken);
        }

        // Every open need retrieved is ranked with numbers only, thousands of them in parts on every processor; only the
        // ones returned are explained.
        var parts = Math.Clamp(needs.Count / NeedsPerPart, 1, Environment.ProcessorCount);
        var shares = new Weighed[parts];
        Parallel.For(0, parts, part =>
        {
            var share = new Weighed(new TopMatches<PreparedOpenNeed>(query.Limit, n => n.Id));
            for (var i = part * needs.Count / parts; i < (part + 1) * needs.Count / parts; i++)
            {
                var n = needs[i];
                var value = keptNeeds.Contains(n.Id)
                    ? keptRows.TryGetValue(n.Id, out var row) ? row : new MatchValue(0, false, Candidate: false)
                    : scorer.Evaluate(n.Prepared, numbered);
                if (!value.Candidate)
                {
                    continue;
                }

                share.Total++;
                share.Eligible += value.Eligible ? 1 : 0;
                if (query.IncludeIneligible || value.Eligible)
                {
                    share.Top.Offer(n, value);
                }
            }

            shares[part] = share;
        });

        var top = new TopMatches<PreparedOpenNeed>(query.Limit, n => n.Id);
        int total = 0, eligible = 0;
        foreach (var share in shares)
        {
            total += share.Total;
            eligible += share.Eligible;
            foreach (var (need, value) in share.Top.Ranked)
            {
                top.Offer(need, value);
            }
        }

        // The catalog holds no texts: the needs returned are read whole to be explained (one that closed meanwhile is left out).
        var ranked = top.Ranked.Select(r => r.Item).ToList();
        if (ranked.Any(n => !n.Prepared.Terms.Explainable))
        {
            var ids = ranked.Select(n => n.Id).ToList();
            var read = (await OpenNeedsForIkm.Open(db, n => ids.Contains(n.Id)).ToListAsync(cancellationToken))
                .ToDictionary(n => n.Need.Id, n => OpenNeedsForIkm.Prepare(scorer, n));
            ranked = [.. ranked.Where(n => read.ContainsKey(n.Id)).Select(n => read[n.Id])];
        }

        var items = ranked
            .Select((need, index) =>
            {
                var result = scorer.Score(need.Prepared, candidate);
                return new OpportunityItem(
                    index + 1,
                    need.Id,
                    need.Title,
                    need.Kbli,
                    need.IndustryId,
                    need.IndustryName,
                    need.NeededBy,
                    result.Score,
                    result.Eligible,
                    result.Breakdown,
                    result.Unmet);
            })
            .ToList();

        var response = needs.Any(n => keptNeeds.Contains(n.Id))
            ? new OpportunitiesResponse(query.IkmId, total, eligible, items, Kept: true, freshness.Kept, freshness.KeptAt ?? clock.GetUtcNow())
            : new OpportunitiesResponse(query.IkmId, total, eligible, items, Kept: false, freshness.Latest, clock.GetUtcNow());
        if (freshness.CaughtUp)
        {
            // Kept only when the keeper has handled every change so far: its next work comes with a change, which empties it.
            caches.Opportunities.TrySet(key, response, generation);
        }

        return response;
    }

    /// <summary>What one part of the needs weighed: its best, and how many it holds the IKM is a candidate and eligible for.</summary>
    private sealed class Weighed(TopMatches<PreparedOpenNeed> top)
    {
        public TopMatches<PreparedOpenNeed> Top { get; } = top;

        public int Total { get; set; }

        public int Eligible { get; set; }
    }
}
