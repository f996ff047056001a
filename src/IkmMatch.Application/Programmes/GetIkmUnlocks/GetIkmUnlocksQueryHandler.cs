using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Common;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Programmes.GetIkmUnlocks;

/// <summary>
/// Evaluates the IKM against the open needs it may be a candidate for (as its opportunities do) twice with the Domain
/// scorer — as it is, and holding the certificate — and lists the needs it is not eligible for now and would be.
/// </summary>
public sealed class GetIkmUnlocksQueryHandler(IApplicationDbContext db, ICurrentActor actor, MatchScorer scorer, TimeProvider clock)
    : IQueryHandler<GetIkmUnlocksQuery, UnlocksResponse>
{
    public async ValueTask<UnlocksResponse> Handle(GetIkmUnlocksQuery query, CancellationToken cancellationToken)
    {
        actor.DemandOn(Operation.GetIkmUnlocks, ikmId: query.IkmId);
        var status = await db.Ikms.Where(i => i.Id == query.IkmId).Select(i => (RecordStatus?)i.Status).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("IKM", query.IkmId);
        if (status == RecordStatus.Archived)
        {
            throw new ConflictException(new Text("problem.ikmArchivedNoMatching", query.IkmId.ToString()));
        }

        var certification = query.Certification!.Value;
        var candidate = (await db.OneAsync(query.IkmId, cancellationToken))!.Match;
        var holds = candidate.Certifications.Any(c => c.Type == certification && c.IsValidOn(clock.Today()));
        var items = new List<UnlockedNeed>();
        foreach (var n in await db.OpenNeedsForAsync(candidate, cancellationToken))
        {
            var prepared = scorer.Prepare(n.Need.ToMatch(n.IndustryKecamatan));
            if (scorer.Unlocks(prepared, candidate, [certification]))
            {
                items.Add(new UnlockedNeed(n.Need.Id, n.Need.Title, n.Need.Kbli, n.Need.IndustryId, n.IndustryName, n.Need.Budget, n.Need.NeededBy));
            }
        }

        items.Sort((a, b) => b.Budget.GetValueOrDefault().CompareTo(a.Budget.GetValueOrDefault()) is var byBudget and not 0
            ? byBudget
            : MatchRanking.CompareAsText(a.NeedId, b.NeedId));
        return new UnlocksResponse(query.IkmId, certification, holds, items.Count, items.Sum(i => i.Budget ?? 0), items);
    }
}
