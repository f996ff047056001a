using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Matching.GetIkmOpportunities;

/// <summary>
/// Ranks the open needs for one IKM, in the order of matches. The needs retrieved are those of the KBLI divisions of its
/// capabilities and those whose title or keywords share a term with its capabilities (the term index); the Domain scorer
/// decides which of them the IKM is a candidate for, and ranks them with numbers only. Only the ones returned are explained.
/// </summary>
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
            throw new ConflictException(new Text("problem.ikmArchivedNoMatching", query.IkmId.ToString()));
        }

        var candidate = (await db.OneAsync(query.IkmId, cancellationToken))!.Match;
        var needs = await db.OpenNeedsForAsync(candidate, cancellationToken);

        // Every open need retrieved is ranked with numbers only; only the ones returned are explained.
        var top = new TopMatches<(PreparedNeed Prepared, Guid Id, string Title, string Kbli, Guid IndustryId, string IndustryName, DateOnly NeededBy)>(
            query.Limit, n => n.Id);
        int total = 0, eligible = 0;
        foreach (var n in needs)
        {
            var prepared = scorer.Prepare(n.Need.ToMatch(n.IndustryKecamatan));
            var value = scorer.Evaluate(prepared, candidate);
            if (!value.Candidate)
            {
                continue;
            }

            total++;
            eligible += value.Eligible ? 1 : 0;
            if (query.IncludeIneligible || value.Eligible)
            {
                top.Offer((prepared, n.Need.Id, n.Need.Title, n.Need.Kbli, n.Need.IndustryId, n.IndustryName, n.Need.NeededBy), value);
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

        return new OpportunitiesResponse(query.IkmId, total, eligible, items);
    }
}
