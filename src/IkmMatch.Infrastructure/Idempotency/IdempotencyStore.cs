using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Infrastructure.Idempotency;

/// <summary>
/// Idempotency keys in PostgreSQL. A key is claimed by inserting its row (ON CONFLICT DO NOTHING), so of concurrent
/// requests with one key exactly one claims it; the others find the row and wait for nothing: they are told it is in
/// progress, or get the stored response once there is one.
/// </summary>
internal sealed class IdempotencyStore(AppDbContext db) : IIdempotencyStore
{
    public async Task<IdempotencyClaim> ClaimAsync(
        string scope, string key, string fingerprint, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken)
    {
        var expired = now - retention;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM idempotency_keys WHERE scope = {scope} AND key = {key} AND created_at < {expired}",
            cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO idempotency_keys (scope, key, fingerprint, created_at)
            VALUES ({scope}, {key}, {fingerprint}, {now})
            ON CONFLICT (scope, key) DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim(IdempotencyOutcome.Claimed);
        }

        var existing = await db.Set<IdempotencyRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        if (existing is null)
        {
            // Released between our insert and our read: the caller may simply retry.
            return new IdempotencyClaim(IdempotencyOutcome.InProgress);
        }

        if (existing.Fingerprint != fingerprint)
        {
            return new IdempotencyClaim(IdempotencyOutcome.Mismatch);
        }

        if (existing.StatusCode is not { } status)
        {
            return new IdempotencyClaim(IdempotencyOutcome.InProgress);
        }

        return new IdempotencyClaim(
            IdempotencyOutcome.Replay,
            new StoredResponse(status, existing.ContentType, existing.Location, existing.ETag, existing.Body ?? []));
    }

    public Task CompleteAsync(string scope, string key, StoredResponse response, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>()
            .Where(r => r.Scope == scope && r.Key == key)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.CompletedAt, now)
                    .SetProperty(r => r.StatusCode, response.StatusCode)
                    .SetProperty(r => r.ContentType, response.ContentType)
                    .SetProperty(r => r.Location, response.Location)
                    .SetProperty(r => r.ETag, response.ETag)
                    .SetProperty(r => r.Body, response.Body),
                cancellationToken);

    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key && r.StatusCode == null).ExecuteDeleteAsync(cancellationToken);
}
