using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching.GetNeedMatches;

public sealed class GetNeedMatchesQueryHandler(IApplicationDbContext db, ICurrentActor actor, MatchScorer scorer)
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
        var candidates = await db.ForNeedAsync(found.Need.Kbli, cancellationToken);
        var ranked = MatchRanking.Rank(candidates.Select(c => (c, scorer.Score(need, c.Match))), c => c.IkmId);

        var items = ranked
            .Where(r => query.IncludeIneligible || r.Result.Eligible)
            .Take(query.Limit)
            .Select((r, index) => new MatchItem(
                index + 1,
                r.Item.IkmId,
                r.Item.Name,
                r.Item.Match.Kecamatan,
                r.Result.Score,
                r.Result.Eligible,
                r.Result.Breakdown,
                r.Result.Unmet))
            .ToList();

        return new NeedMatchesResponse(query.NeedId, ranked.Count, ranked.Count(r => r.Result.Eligible), items);
    }
}
