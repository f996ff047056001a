using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching.GetIkmOpportunities;

public sealed class GetIkmOpportunitiesQueryHandler(IApplicationDbContext db, ICurrentActor actor, MatchScorer scorer)
    : IQueryHandler<GetIkmOpportunitiesQuery, OpportunitiesResponse>
{
    public async ValueTask<OpportunitiesResponse> Handle(GetIkmOpportunitiesQuery query, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.GetIkmOpportunities, ikmId: query.IkmId);
        var status = await db.Ikms.Where(i => i.Id == query.IkmId).Select(i => (RecordStatus?)i.Status).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("IKM", query.IkmId);
        if (status == RecordStatus.Archived)
        {
            throw new ConflictException($"IKM {query.IkmId} is archived and takes no part in matching.");
        }

        var candidate = (await db.OneAsync(query.IkmId, cancellationToken))!.Match;
        var divisions = candidate.Capabilities.Select(c => c.Kbli[..2]).Distinct().ToList();
        var needs = await db.Needs.AsNoTracking()
            .Where(n => n.Status == NeedStatus.Open && divisions.Contains(n.Kbli.Substring(0, 2)))
            .Join(
                db.Industries.Where(i => i.Status == RecordStatus.Active),
                n => n.IndustryId,
                i => i.Id,
                (n, i) => new { Need = n, IndustryName = i.Name, IndustryKecamatan = i.Kecamatan })
            .ToListAsync(cancellationToken);

        var ranked = MatchRanking.Rank(
            needs.Select(n => (n, scorer.Score(n.Need.ToMatch(n.IndustryKecamatan), candidate))),
            n => n.Need.Id);

        var items = ranked
            .Where(r => query.IncludeIneligible || r.Result.Eligible)
            .Take(query.Limit)
            .Select((r, index) => new OpportunityItem(
                index + 1,
                r.Item.Need.Id,
                r.Item.Need.Title,
                r.Item.Need.Kbli,
                r.Item.Need.IndustryId,
                r.Item.IndustryName,
                r.Item.Need.NeededBy,
                r.Result.Score,
                r.Result.Eligible,
                r.Result.Breakdown,
                r.Result.Unmet))
            .ToList();

        return new OpportunitiesResponse(query.IkmId, ranked.Count, ranked.Count(r => r.Result.Eligible), items);
    }
}
