using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.GetIkm;

/// <summary>
/// Reads one IKM: from <see cref="RecordCaches.Ikms"/> when it is there (every change to the IKM evicts it, in every
/// process), else from the database in one statement, then kept. Contacts are hidden from the caller on every read.
/// </summary>
public sealed class GetIkmQueryHandler(IApplicationDbContext db, ICurrentActor actor, RecordCaches caches) : IQueryHandler<GetIkmQuery, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(GetIkmQuery query, CancellationToken cancellationToken)
    {
        if (!caches.Ikms.TryGet(query.Id, out var response))
        {
            var generation = caches.Ikms.Generation;
            var ikm = await db.Ikms.AsNoTracking().WithDetailsInOneStatement()
                .FirstOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new NotFoundException("IKM", query.Id);
            response = ikm.ToVersionedResponse();
            caches.Ikms.TrySet(query.Id, response, generation);
        }

        actor.DemandOn(Operation.GetIkm, ikmId: response.Value.Id);
        return response with { Value = await db.WithContactsShownToAsync(actor, response.Value, cancellationToken) };
    }
}
