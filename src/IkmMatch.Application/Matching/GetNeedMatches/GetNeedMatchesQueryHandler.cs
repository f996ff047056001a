using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching.GetNeedMatches;

/// <summary>
/// Reads the need's kept ranking (<see cref="RankingKeeper"/>) when there is one that reflects every change so far: its
/// best <c>limit</c> rows and its counts, in one statement; only those are read with their texts and explained by the
/// Domain scorer. Otherwise ranks the need's candidates on the spot as they stream from the database — the scorer decides
/// for each whether it is a candidate, whether it is eligible and what it scores, with numbers only
/// (<see cref="MatchScorer.Evaluate"/>), keeping only the best <c>limit</c>, a few needs at a time per process
/// (<see cref="RankingGate"/>) — and asks the keeper to keep the need.
/// Either way the answer is the same for the same data, and says which outbox position it reflects. An answer read from
/// the kept ranking is kept in <see cref="RecordCaches.Matches"/> until the next change, in this process or any other.
/// </summary>
public sealed class GetNeedMatchesQueryHandler(
    IApplicationDbContext db,
    ICurrentActor actor,
    IMatchCandidateSearch candidates,
    MatchScorer scorer,
    IRankingStore rankings,
    IRankingBackfill backfill,
    RecordCaches caches,
    RankingGate gate,
    TimeProvider clock)
    : IQueryHandler<GetNeedMatchesQuery, NeedMatchesResponse>
{
    private static readonly IReadOnlyList<CandidateCapability> NoCapabilities = [];

    public async ValueTask<NeedMatchesResponse> Handle(GetNeedMatchesQuery query, CancellationToken cancellationToken)
    {
        var key = new MatchesKey(query.NeedId, query.Limit, query.IncludeIneligible);
        if (caches.Matches.TryGet(key, out var cached))
        {
            actor.DemandOn(Operation.GetNeedMatches, industryId: cached.IndustryId);
            return cached.Response;
        }

        var generation = caches.Matches.Generation;
        var found = await db.Needs.AsNoTracking()
            .Where(n => n.Id == query.NeedId)
            .Join(db.Industries, n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Need", query.NeedId);
        actor.DemandOn(Operation.GetNeedMatches, industryId: found.Need.IndustryId);

        var need = scorer.Prepare(found.Need.ToMatch(found.Kecamatan));
        var model = RankingModel.Of(scorer);
        var kept = await rankings.ReadTopAsync(query.NeedId, model, query.Limit, query.IncludeIneligible, cancellationToken);
        if (kept is { Current: true })
        {
            var ranked = kept.Entries
                .Select(e => new FoundCandidate(
                    e.IkmId, string.Empty, new CandidateToMatch(e.IkmId, default(Kecamatan), false, NoCapabilities, [], TrackRecord.None)))
                .ToList();
            var explained = await Explain(need, ranked, cancellationToken);
            var response = new NeedMatchesResponse(query.NeedId, kept.Total, kept.Eligible, explained, Kept: true, kept.Position, kept.AsOf);
            caches.Matches.TrySet(key, new CachedMatches(found.Need.IndustryId, response), generation);
            return response;
        }

        if (kept is null && found.Need.Status == Domain.Needs.NeedStatus.Open)
        {
            // Asked first: a need of a large division may take longer to rank on the spot than a request may.
            await rankings.RequestAsync(query.NeedId, model, cancellationToken);
            backfill.Wake();
        }

        using var turn = await gate.EnterAsync(cancellationToken);

        // Read before ranking: the answer reflects at least every change up to this position.
        var freshness = await rankings.FreshnessAsync(cancellationToken);
        var top = new TopMatches<FoundCandidate>(query.Limit, c => c.IkmId);
        int total = 0, eligible = 0;
        await foreach (var candidate in candidates.FindAsync(CandidateSearch.For(need), cancellationToken))
        {
            var value = scorer.Evaluate(need, candidate.Match);
            if (!value.Candidate)
            {
                continue;
            }

            total++;
            eligible += value.Eligible ? 1 : 0;
            if (query.IncludeIneligible || value.Eligible)
            {
                top.Offer(candidate, value);
            }
        }

        var items = await Explain(need, [.. top.Ranked.Select(r => r.Item)], cancellationToken);

        return new NeedMatchesResponse(query.NeedId, total, eligible, items, Kept: false, freshness.Latest, clock.GetUtcNow());
    }

    /// <summary>Reads the ranked candidates with their texts and explains each with the Domain scorer, in rank order.</summary>
    private async Task<List<MatchItem>> Explain(PreparedNeed need, List<FoundCandidate> ranked, CancellationToken cancellationToken)
    {
        var returned = await candidates.ExplainAsync(ranked, cancellationToken);
        return returned
            .Select((candidate, index) =>
            {
                var result = scorer.Score(need, candidate.Match);
                return new MatchItem(
                    index + 1,
                    candidate.IkmId,
                    candidate.Name,
                    candidate.Match.Kecamatan,
                    result.Score,
                    result.Eligible,
                    result.Breakdown,
                    result.Unmet);
            })
            .ToList();
    }
}
