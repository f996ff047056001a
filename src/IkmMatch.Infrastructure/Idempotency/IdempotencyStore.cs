using System.Data.Common;
using System.Globalization;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IkmMatch.Infrastructure.Idempotency;

/// <summary>
/// Idempotency keys in PostgreSQL, claimed inside the transaction that also makes the create (the handler's
/// <c>SaveChanges</c> joins it). Exactly-once follows from atomicity: the key row, the created record and the stored
/// response commit together, so after a crash or an outage the key is either absent (nothing was created; a retry
/// creates once) or complete (a retry replays). Concurrent requests with one key meet at a transaction-scoped advisory
/// lock: the one that holds it runs, the others are told it is in progress. The lock and the uncommitted row end with
/// the transaction — when the request ends, when the API process dies (PostgreSQL sees the connection close), or when
/// the transaction has been idle longer than the lease.
/// </summary>
internal sealed class IdempotencyStore(AppDbContext db) : IIdempotencyStore
{
    private const string Savepoint = "idempotent_request";

    private IDbContextTransaction? _transaction;

    public async Task<IdempotencyClaim> ClaimAsync(
        string scope, string key, string fingerprint, DateTimeOffset now, TimeSpan retention, TimeSpan lease, CancellationToken cancellationToken)
    {
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var locked = await ScalarAsync<bool>(
                """
                SELECT pg_try_advisory_xact_lock(hashtextextended(@scope || E'\n' || @key, 0))
                FROM set_config('idle_in_transaction_session_timeout', @lease, true)
                """,
                cancellationToken,
                ("scope", scope),
                ("key", key),
                ("lease", ((long)lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)));
            if (!locked)
            {
                await AbandonAsync();
                return new IdempotencyClaim(IdempotencyOutcome.InProgress);
            }

            var claimed = await ExecuteAsync(
                """
                INSERT INTO idempotency_keys (scope, key, fingerprint, created_at)
                VALUES (@scope, @key, @fingerprint, @now)
                ON CONFLICT (scope, key) DO UPDATE
                    SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at, completed_at = NULL,
                        status_code = NULL, content_type = NULL, location = NULL, e_tag = NULL, body = NULL
                    WHERE idempotency_keys.created_at < @expired OR idempotency_keys.status_code IS NULL
                """,
                cancellationToken,
                ("scope", scope),
                ("key", key),
                ("fingerprint", fingerprint),
                ("now", now),
                ("expired", now - retention));
            if (claimed == 1)
            {
                await _transaction.CreateSavepointAsync(Savepoint, cancellationToken);
                return new IdempotencyClaim(IdempotencyOutcome.Claimed);
            }

            // Committed by an earlier request (we hold the lock, so nobody is writing it now). A committed row without a
            // response, which claims made apart from their create could leave, was taken over above.
            var existing = await db.Set<IdempotencyRecord>().AsNoTracking()
                .FirstAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
            await AbandonAsync();
            if (existing.Fingerprint != fingerprint)
            {
                return new IdempotencyClaim(IdempotencyOutcome.Mismatch);
            }

            return new IdempotencyClaim(
                IdempotencyOutcome.Replay,
                new StoredResponse(existing.StatusCode ?? 0, existing.ContentType, existing.Location, existing.ETag, existing.Body ?? []));
        }
        catch
        {
            await AbandonAsync();
            throw;
        }
    }

    public async Task CompleteAsync(string scope, string key, StoredResponse response, bool discardChanges, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No idempotency key is claimed in this request.");
        try
        {
            if (discardChanges)
            {
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            }

            await ExecuteAsync(
                """
                UPDATE idempotency_keys
                SET completed_at = @now, status_code = @status, content_type = @contentType, location = @location, e_tag = @etag, body = @body
                WHERE scope = @scope AND key = @key
                """,
                cancellationToken,
                ("now", now),
                ("status", response.StatusCode),
                ("contentType", (object?)response.ContentType ?? DBNull.Value),
                ("location", (object?)response.Location ?? DBNull.Value),
                ("etag", (object?)response.ETag ?? DBNull.Value),
                ("body", response.Body),
                ("scope", scope),
                ("key", key));
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async Task AbandonAsync()
    {
        if (_transaction is not { } transaction)
        {
            return;
        }

        _transaction = null;
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or IOException)
        {
            // The connection is gone: PostgreSQL rolls the transaction back itself.
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    public Task<int> PurgeExpiredAsync(DateTimeOffset before, int batchSize, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            DELETE FROM idempotency_keys
            WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE created_at < {before} LIMIT {batchSize})
            """,
            cancellationToken);

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = (NpgsqlTransaction?)_transaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
