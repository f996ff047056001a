using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching.GetNeedMatches;

/// <summary>
/// Ranks a need's candidates as they stream from the database: the Domain scorer decides for each whether it is a
/// candidate at all, whether it is eligible and what it scores, with numbers only (<see cref="MatchScorer.Evaluate"/>);
/// only the best <c>limit</c> are kept, so memory does not grow with the registry, and only those are explained.
/// </summary>
public sealed class GetNeedMatchesQueryHandler(
    IApplicationDbContext db, ICurrentActor actor, IMatchCandidateSearch candidates, MatchScorer scorer)
    : IQueryHandler<GetNeedMatchesQuery, NeedMatchesResponse>
{
    public async ValueTask<NeedMatchesResponse> Handle(GetNeedMatchesQuery query, CancellationToken cancellationToken)
    {
        var found = await db.Needs.AsNoTracking()
            .Where(n => n.Id == query.NeedId)
            .Join(db.Industries, n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Need", query.NeedId);
        actor.DemandOn(Operation.GetNeedMatches, industryId: found.Need.IndustryId);

        var need = scorer.Prepare(found.Need.ToMatch(found.Kecamatan));
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

        var items = top.Ranked
            .Select((r, index) =>
            {
                var result = scorer.Score(need, r.Item.Match);
                return new MatchItem(
                    index + 1,
                    r.Item.IkmId,
                    r.Item.Name,
                    r.Item.Match.Kecamatan,
                    result.Score,
                    result.Eligible,
                    result.Breakdown,
                    result.Unmet);
            })
            .ToList();

        return new NeedMatchesResponse(query.NeedId, total, eligible, items);
    }
}
