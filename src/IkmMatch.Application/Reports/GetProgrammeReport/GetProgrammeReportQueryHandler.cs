using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Application.Programmes;
using IkmMatch.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Reports.GetProgrammeReport;

public sealed class GetProgrammeReportQueryHandler(IApplicationDbContext db, MatchScorer scorer, TimeProvider clock)
    : IQueryHandler<GetProgrammeReportQuery, ProgrammeImpact>
{
    public async ValueTask<ProgrammeImpact> Handle(GetProgrammeReportQuery query, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().Whole().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Programme", query.Id);
        return await new ProgrammeImpacts(db, scorer).OfAsync(programme, clock.Now(), cancellationToken);
    }
}
