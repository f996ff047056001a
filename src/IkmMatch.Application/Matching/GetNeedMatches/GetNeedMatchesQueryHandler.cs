using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Matching.GetNeedMatches;

/// <summary>
/// Ranks a need's candidates as they stream from the database: each is scored with numbers only
/// (<see cref="MatchScorer.Evaluate"/>) and only the best <c>limit</c> are kept, so memory does not grow with the
/// division; the search stops when the kept ones beat the next candidate's upper bound. Only the candidates returned
/// are explained.
/// </summary>
public sealed class GetNeedMatchesQueryHandler(
    IApplicationDbContext db, ICurrentActor actor, IMatchCandidateSearch candidates, MatchScorer scorer, IOptions<MatchingOptions> options)
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

        var need = MatchScorer.Prepare(found.Need.ToMatch(found.Kecamatan));
        var search = new CandidateSearch(need.Need, scorer.Weights, query.Limit, query.IncludeIneligible, options.Value.CandidateWindow);
        var top = new TopMatches<BoundedCandidate>(query.Limit, c => c.IkmId);
        await foreach (var candidate in candidates.FindAsync(search, cancellationToken))
        {
            if (top.Beats(candidate.Eligible, candidate.UpperBound))
            {
                break; // candidates come by upper bound, highest first: none of the rest can rank higher
            }

            var value = scorer.Evaluate(need, candidate.Match);
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

        return new NeedMatchesResponse(query.NeedId, search.TotalCandidates, search.EligibleCandidates, items);
    }
}
