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
/// capabilities and those whose title or keywords share a term with its capabilities (the term index). For needs with a
/// kept ranking (when the keeper has handled every change so far) the IKM's kept row says whether it is a candidate, and
/// its eligibility and score; the others are evaluated on the spot by the Domain scorer, with numbers only, a few IKM at
/// a time per process (<see cref="RankingGate"/>). Only the ones returned are explained.
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
    public async ValueTask<OpportunitiesResponse> Handle(GetIkmOpportunitiesQuery query, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.GetIkmOpportunities, ikmId: query.IkmId);
        var status = await db.Ikms.Where(i => i.Id == query.IkmId).Select(i => (RecordStatus?)i.Status).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("IKM", query.IkmId);
        if (status == RecordStatus.Archived)
        {
            throw new ConflictException(new Text("problem.ikmArchivedNoMatching", query.IkmId.ToString()));
        }

        var candidate = (await db.OneAsync(query.IkmId, cancellationToken))!.Match;
        // Weighing thousands of needs (at national scale) is a ranking on the spot: a few at a time per process.
        using var turn = await gate.EnterAsync(cancellationToken);
        var needs = await db.PreparedOpenNeedsForAsync(caches, scorer, candidate, cancellationToken);

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

        // Every open need retrieved is ranked with numbers only; only the ones returned are explained.
        var top = new TopMatches<PreparedOpenNeed>(query.Limit, n => n.Id);
        int total = 0, eligible = 0;
        foreach (var n in needs)
        {
            var value = keptNeeds.Contains(n.Id)
                ? keptRows.TryGetValue(n.Id, out var row) ? row : new MatchValue(0, false, Candidate: false)
                : scorer.Evaluate(n.Prepared, candidate);
            if (!value.Candidate)
            {
                continue;
            }

            total++;
            eligible += value.Eligible ? 1 : 0;
            if (query.IncludeIneligible || value.Eligible)
            {
                top.Offer(n, value);
            }
        }

        var items = top.Ranked
            .Select((r, index) =>
            {
                var result = scorer.Score(r.Item.Prepared, candidate);
                return new OpportunityItem(
                    index + 1,
                    r.Item.Id,
                    r.Item.Title,
                    r.Item.Kbli,
                    r.Item.IndustryId,
                    r.Item.IndustryName,
                    r.Item.NeededBy,
                    result.Score,
                    result.Eligible,
                    result.Breakdown,
                    result.Unmet);
            })
            .ToList();

        return needs.Any(n => keptNeeds.Contains(n.Id))
            ? new OpportunitiesResponse(query.IkmId, total, eligible, items, Kept: true, freshness.Kept, freshness.KeptAt ?? clock.GetUtcNow())
            : new OpportunitiesResponse(query.IkmId, total, eligible, items, Kept: false, freshness.Latest, clock.GetUtcNow());
    }
}
