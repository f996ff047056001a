using System.Text.Json;
using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IkmMatch.Application.Changes.ListChanges;

public sealed class ListChangesQueryHandler(IApplicationDbContext db, ICurrentActor actor, TimeProvider clock, IOptions<ChangesOptions> options)
    : IQueryHandler<ListChangesQuery, ChangesPage>
{
    private static readonly HashSet<string> Tombstones = new(StringComparer.Ordinal) { EventTypes.IkmArchived, EventTypes.IndustryArchived };

    public async ValueTask<ChangesPage> Handle(ListChangesQuery query, CancellationToken cancellationToken)
    {
        var grant = actor.Demand(Operation.ListChanges);
        _ = ChangeCursor.TryDecode(query.After, out var after); // the validator has refused what does not decode
        _ = EventTypeFilter.TryParse(query.Types, out var types);

        // Every event up to the highest position visible now has committed (positions follow commit order), so the
        // cursor may move up to it even past events this caller does not see.
        var head = await db.OutboxEvents.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
        await CheckRetainedAsync(after, cancellationToken);

        var events = db.OutboxEvents.AsNoTracking().Where(e => e.Position > after && e.Position <= head);
        if (grant == Grant.Own)
        {
            var (ikmId, industryId) = actor.OwnListScope(Operation.ListChanges, null, null);
            events = actor.Role == Role.Ikm
                ? events.Where(e => e.IkmId == ikmId)
                : events.Where(e => e.IndustryId == industryId);
        }

        if (types is not null)
        {
            events = events.Where(e => types.Contains(e.Type));
        }

        var page = await events.OrderBy(e => e.Position).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        var items = page.Select(e => new ChangeEvent(
            e.Id, e.Type, e.OccurredAt, e.Subject, Tombstones.Contains(e.Type), JsonDocument.Parse(e.Data).RootElement.Clone(), ChangeCursor.Encode(e.Position))).ToList();
        var next = hasMore ? page[^1].Position : Math.Max(after, head);
        return new ChangesPage(items, ChangeCursor.Encode(next), hasMore);
    }

    /// <summary>A reader whose next event is older than the retention has missed what may no longer be kept: 410, resync from the export.</summary>
    private async Task CheckRetainedAsync(long after, CancellationToken cancellationToken)
    {
        if (after == 0)
        {
            return;
        }

        var horizon = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var next = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Position > after)
            .OrderBy(e => e.Position)
            .Select(e => (DateTimeOffset?)e.OccurredAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (next < horizon)
        {
            throw new GoneException(new Text("problem.cursorExpired", options.Value.RetentionDays));
        }
    }
}
