using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.GetIndustry;

public sealed class GetIndustryQueryHandler(IApplicationDbContext db, ICurrentActor actor) : IQueryHandler<GetIndustryQuery, Versioned<IndustryResponse>>
{
    public async ValueTask<Versioned<IndustryResponse>> Handle(GetIndustryQuery query, CancellationToken cancellationToken)
    {
        var industry = await db.Industries.AsNoTracking().Where(i => i.Id == query.Id).ProjectToResponse()
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Industry", query.Id);
        actor.DemandOn(Operation.GetIndustry, industryId: industry.Id);
        return new Versioned<IndustryResponse>(industry, industry.Version);
    }
}
