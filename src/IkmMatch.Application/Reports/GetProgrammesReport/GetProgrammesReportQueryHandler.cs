using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Programmes;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Programmes;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Reports.GetProgrammesReport;

public sealed class GetProgrammesReportQueryHandler(IApplicationDbContext db, MatchScorer scorer, TimeProvider clock)
    : IQueryHandler<GetProgrammesReportQuery, ProgrammesReport>
{
    public async ValueTask<ProgrammesReport> Handle(GetProgrammesReportQuery query, CancellationToken cancellationToken)
    {
        var programmes = db.Programmes.AsNoTracking().Where(p => p.Status != ProgrammeStatus.Cancelled);
        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            programmes = programmes.Where(p => p.StartDate >= from && p.StartDate < to);
        }

        var list = await programmes.OrderBy(p => p.StartDate).ThenBy(p => p.Id).Whole().ToListAsync(cancellationToken);
        var impacts = new ProgrammeImpacts(db, scorer);
        var now = clock.Now();
        var items = new List<ProgrammeImpact>(list.Count);
        foreach (var programme in list)
        {
            items.Add(await impacts.OfAsync(programme, now, cancellationToken));
        }

        return ProgrammeImpacts.Total(items);
    }
}
