using System.Text.Json;
using IkmMatch.Application.Access;
using Mediator;

namespace IkmMatch.Application.Changes.ListChanges;

/// <summary>The events after <paramref name="After"/>, in outbox order, that the caller may see.</summary>
/// <param name="After">The cursor of the last event read (<c>0</c> or absent: from the start).</param>
/// <param name="Limit">At most this many events, 1–1000.</param>
/// <param name="Types">Comma-separated event types, or <c>ikm.*</c>-style prefixes; absent: every type.</param>
public sealed record ListChangesQuery(string? After, int Limit, string? Types) : IQuery<ChangesPage>, IAuthorizedRequest
{
    public const int MaxLimit = 1000;

    public Operation Operation => Operation.ListChanges;
}

/// <summary>
/// A page of the feed: the events, the cursor to ask for next (it moves past events the caller may not see or did not
/// ask for, so it is always kept), and whether more events were already there.
/// </summary>
public sealed record ChangesPage(IReadOnlyList<ChangeEvent> Items, string Next, bool HasMore);

/// <summary>
/// One change: <see cref="Id"/> (stable: the same event read twice has the same id), <see cref="Type"/>, when it
/// happened, the record's id (<see cref="Subject"/>), thin <see cref="Data"/>, and <see cref="Tombstone"/> when the
/// record was archived (remove it from a mirror). <see cref="Cursor"/> is the cursor that resumes after this event.
/// </summary>
public sealed record ChangeEvent(Guid Id, string Type, DateTimeOffset Time, Guid Subject, bool Tombstone, JsonElement Data, string Cursor);
