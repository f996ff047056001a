using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Industries.GetIndustry;

public sealed class GetIndustryQueryHandler(IApplicationDbContext db) : IQueryHandler<GetIndustryQuery, Versioned<IndustryResponse>>
{
    public async ValueTask<Versioned<IndustryResponse>> Handle(GetIndustryQuery query, CancellationToken cancellationToken)
    {
        var industry = await db.Industries.AsNoTracking().Where(i => i.Id == query.Id).ProjectToResponse()
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Industry", query.Id);
        return new Versioned<IndustryResponse>(industry, industry.Version);
    }
}
