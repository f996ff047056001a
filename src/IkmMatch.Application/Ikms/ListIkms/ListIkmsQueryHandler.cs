using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Models;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.ListIkms;

public sealed class ListIkmsQueryHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListIkmsQuery, PagedList<IkmResponse>>
{
    public async ValueTask<PagedList<IkmResponse>> Handle(ListIkmsQuery query, CancellationToken cancellationToken)
    {
        var ikms = db.Ikms.AsNoTracking().Where(i => i.Status == RecordStatus.Active);
        if (actor.Demand(Operation.ListIkms) == Grant.Own)
        {
            var own = actor.IkmId;
            ikms = ikms.Where(i => i.Id == own);
        }

        ikms = ikms.Filtered(query.Q, query.Kecamatan, query.Kbli, query.Certification, query.Verified, clock.Today());
        var total = await ikms.CountAsync(cancellationToken);
        var page = await ikms
            .OrderBy(i => i.Name.ToLower()).ThenBy(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .WithDetailsInOneStatement()
            .ToListAsync(cancellationToken);

        var items = await db.WithContactsShownToAsync(actor, [.. page.Select(i => i.ToResponse())], cancellationToken);
        return new PagedList<IkmResponse>(items, query.Page, query.PageSize, total);
    }
}
