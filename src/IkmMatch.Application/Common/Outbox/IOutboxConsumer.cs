namespace IkmMatch.Application.Common.Outbox;

/// <summary>
/// Does work when data changes: the outbox dispatcher hands it every event of the outbox, in position order, in batches,
/// at least once. Each batch is handled inside the dispatcher's transaction on the scope's
/// <see cref="Abstractions.IApplicationDbContext"/>, and the consumer's checkpoint moves in that same transaction: what a
/// consumer writes to the database commits together with the checkpoint, so it is done exactly once. Work outside the
/// database (an HTTP call) must be recorded in the database and done afterwards, since a batch may be handled again
/// after a crash.
/// <para>
/// One process at a time handles a consumer (its checkpoint row is locked for the batch; other processes skip it), so
/// events reach a consumer in order. A consumer that throws has its batch rolled back and handed again later.
/// </para>
/// </summary>
public interface IOutboxConsumer
{
    /// <summary>The consumer's name: the key of its checkpoint. Never rename a consumer that has run.</summary>
    string Name { get; }

    /// <summary>Handles <paramref name="events"/> (ordered by position, none skipped).</summary>
    ValueTask HandleAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken);
}

/// <summary>Runs the outbox's consumers until they have handled every event written so far.</summary>
public interface IOutboxDispatcher
{
    /// <summary>
    /// Hands every consumer the events it has not handled yet and returns when all have caught up with the outbox as it
    /// stood when the call began — waiting for another process that is handling a batch rather than skipping it.
    /// </summary>
    Task DrainAsync(CancellationToken cancellationToken);
}
