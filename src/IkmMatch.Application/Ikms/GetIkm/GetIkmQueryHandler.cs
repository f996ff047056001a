using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.GetIkm;

public sealed class GetIkmQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetIkmQuery, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(GetIkmQuery query, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.AsNoTracking().WithDetailsInOneStatement()
            .FirstOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("IKM", query.Id);
        actor.DemandOn(Operation.GetIkm, ikmId: ikm.Id);
        var response = ikm.ToVersionedResponse();
        return response with { Value = await db.WithContactsShownToAsync(actor, response.Value, cancellationToken) };
    }
}
