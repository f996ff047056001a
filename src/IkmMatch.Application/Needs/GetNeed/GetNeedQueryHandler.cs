using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Needs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Needs.GetNeed;

public sealed class GetNeedQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetNeedQuery, Versioned<NeedResponse>>
{
    public async ValueTask<Versioned<NeedResponse>> Handle(GetNeedQuery query, CancellationToken cancellationToken)
    {
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Need", query.Id);
        actor.DemandOn(Operation.GetNeed, industryId: need.IndustryId, open: need.Status == NeedStatus.Open);
        return need.ToVersionedResponse();
    }
}
