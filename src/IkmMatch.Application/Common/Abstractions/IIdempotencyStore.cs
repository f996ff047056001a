namespace IkmMatch.Application.Common.Abstractions;

/// <summary>
/// Remembers the response to each <c>Idempotency-Key</c> of a caller for a while, so that a retried create replays the
/// first response instead of creating twice. A claim lives in the database transaction that also holds the create: the
/// key, the record it made and the response to replay commit together or not at all, so no crash or outage can leave a
/// create without its key or a key without its create.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Opens the request's transaction and claims the key in it for a request with this fingerprint, or says why it
    /// cannot: the key already answered (replay that), is being answered by a request still running, or was used for a
    /// different request. Only <see cref="IdempotencyOutcome.Claimed"/> leaves the transaction open, for at most
    /// <paramref name="lease"/> of idleness.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(
        string scope, string key, string fingerprint, DateTimeOffset now, TimeSpan retention, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the response of the claimed key and commits the request's transaction. With <paramref name="discardChanges"/>
    /// (the request was answered with a client error) whatever the request wrote is undone first and only the key and
    /// its response are committed.
    /// </summary>
    Task CompleteAsync(string scope, string key, StoredResponse response, bool discardChanges, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Rolls the request's transaction back, claim included (the request failed on the server), so it may be retried. Never throws.</summary>
    Task AbandonAsync();

    /// <summary>Deletes keys (and their responses) claimed before <paramref name="before"/>, at most <paramref name="batchSize"/> at a time; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken);
}

public enum IdempotencyOutcome
{
    /// <summary>The key is new: handle the request.</summary>
    Claimed,

    /// <summary>The same request with this key was answered: replay <see cref="IdempotencyClaim.Response"/>.</summary>
    Replay,

    /// <summary>A request with this key is still being handled.</summary>
    InProgress,

    /// <summary>This key was used for a different request.</summary>
    Mismatch,
}

public sealed record IdempotencyClaim(IdempotencyOutcome Outcome, StoredResponse? Response = null);

/// <summary>A response as it is replayed: status, the headers that matter (Location, ETag, Content-Type) and the body.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body);
