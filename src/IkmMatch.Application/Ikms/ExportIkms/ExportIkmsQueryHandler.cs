using System.Runtime.CompilerServices;
using IkmMatch.Application.Access;
using IkmMatch.Application.Common;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Registry;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Ikms.ExportIkms;

public sealed class ExportIkmsQueryHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ExportIkmsQuery, IkmExport>
{
    /// <summary>IKM per statement: large enough that a million IKM take 2,000 round trips, small enough that a page is a few MB.</summary>
    public const int PageSize = 500;

    public ValueTask<IkmExport> Handle(ExportIkmsQuery query, CancellationToken cancellationToken)
    {
        actor.Demand(Operation.ExportIkms); // admins and integration systems only, who see contacts: no per-record privacy step
        var ikms = db.Ikms.AsNoTracking();
        if (!query.IncludeArchived)
        {
            ikms = ikms.Where(i => i.Status == RecordStatus.Active);
        }

        ikms = ikms.Filtered(query.Q, query.Kecamatan, query.Kbli, query.Certification, query.Verified, clock.Today());
        return ValueTask.FromResult(new IkmExport(Pages(ikms, cancellationToken)));
    }

    /// <summary>Keyset pages by id: each statement starts after the last id written, so page 2,000 costs what page 1 does.</summary>
    private static async IAsyncEnumerable<IkmResponse> Pages(IQueryable<Ikm> ikms, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var page = ikms;
            if (after is { } last)
            {
                page = page.Where(i => i.Id > last);
            }

            var items = await page.OrderBy(i => i.Id).Take(PageSize).WithDetailsInOneStatement().ToListAsync(cancellationToken);
            foreach (var ikm in items)
            {
                yield return ikm.ToResponse();
            }

            if (items.Count < PageSize)
            {
                yield break;
            }

            after = items[^1].Id;
        }
    }
}
