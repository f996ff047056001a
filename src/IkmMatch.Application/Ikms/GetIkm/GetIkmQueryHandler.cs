using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.GetIkm;

public sealed class GetIkmQueryHandler(IApplicationDbContext db) : IQueryHandler<GetIkmQuery, Versioned<IkmResponse>>
{
    public async ValueTask<Versioned<IkmResponse>> Handle(GetIkmQuery query, CancellationToken cancellationToken)
    {
        var ikm = await db.Ikms.AsNoTracking().WithDetailsInOneStatement()
            .FirstOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("IKM", query.Id);
        return ikm.ToVersionedResponse();
    }
}
