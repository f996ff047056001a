namespace IkmMatch.Application.Common.Abstractions;

/// <summary>
/// Remembers the response to each <c>Idempotency-Key</c> of a caller for a while, so that a retried create replays the
/// first response instead of creating twice.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims the key for a request with this fingerprint, or says why it cannot: the key already answered (replay
    /// that), is still being answered, or was used for a different request.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string scope, string key, string fingerprint, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>Keeps the response of a claimed key for replay.</summary>
    Task CompleteAsync(string scope, string key, StoredResponse response, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Releases a claimed key without a response (the request failed on the server), so it may be retried.</summary>
    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken);
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
