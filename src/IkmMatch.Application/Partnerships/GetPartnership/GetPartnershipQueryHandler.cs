using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Partnerships.GetPartnership;

public sealed class GetPartnershipQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetPartnershipQuery, Versioned<PartnershipResponse>>
{
    public async ValueTask<Versioned<PartnershipResponse>> Handle(GetPartnershipQuery query, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.AsNoTracking().WithHistory().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Partnership", query.Id);
        actor.DemandOn(Operation.GetPartnership, partnership.IkmId, partnership.IndustryId);
        return partnership.ToVersionedResponse();
    }
}
