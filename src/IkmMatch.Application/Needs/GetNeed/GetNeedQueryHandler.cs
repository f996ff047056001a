using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Needs.GetNeed;

public sealed class GetNeedQueryHandler(IApplicationDbContext db) : IQueryHandler<GetNeedQuery, Versioned<NeedResponse>>
{
    public async ValueTask<Versioned<NeedResponse>> Handle(GetNeedQuery query, CancellationToken cancellationToken)
    {
        var need = await db.Needs.AsNoTracking().FirstOrDefaultAsync(n => n.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Need", query.Id);
        return need.ToVersionedResponse();
    }
}
