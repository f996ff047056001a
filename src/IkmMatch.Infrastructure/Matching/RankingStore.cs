using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Domain.Common;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace IkmMatch.Infrastructure.Matching;

/// <summary>
/// <see cref="IRankingStore"/> in SQL: a kept top is one statement (one snapshot: counts, freshness and rows), a need's
/// ranking is written with binary COPY, one IKM's rows across needs with one statement of arrays. Statements run on the
/// unit of work's connection, inside its transaction when it has one (the outbox dispatcher's).
/// </summary>
internal sealed class RankingStore(AppDbContext db) : IRankingStore
{
    /// <summary>Separates unmet codes in one text (codes are letters, digits, ':' and '_').</summary>
    private const string Separator = "\u001f";

    /// <summary>
    /// The last event that may concern a ranking: every event but the keeper's own alerts, which it writes as it handles
    /// changes (counting them, a keeper that has handled every change would always look one round behind).
    /// </summary>
    private const string Concerning = $"SELECT COALESCE((SELECT o.position FROM outbox_events o WHERE o.type <> '{EventTypes.IkmAlerted}' ORDER BY o.position DESC LIMIT 1), 0)";

    private const string TopSql = """
        WITH h AS (
            SELECT r.total, r.eligible, c.position, c.updated_at,
                   ({Concerning}) AS concerning
            FROM need_rankings r
            JOIN outbox_consumers c ON c.name = @consumer
            WHERE r.need_id = @need AND r.model = @model)
        SELECT h.total, h.eligible, h.position, h.updated_at, h.concerning, e.ikm_id, e.eligible, e.score
        FROM h
        LEFT JOIN LATERAL (
            SELECT e.ikm_id, e.eligible, e.score
            FROM need_ranking_entries e
            WHERE e.need_id = @need AND (e.eligible OR @all)
            ORDER BY e.eligible DESC, e.score DESC, e.ikm_id
            LIMIT @limit) e ON true
        """;

    private const string FreshnessSql = """
        SELECT (SELECT COALESCE(max(o.position), 0) FROM outbox_events o), c.position, c.updated_at, ({Concerning})
        FROM (SELECT 1) one
        LEFT JOIN outbox_consumers c ON c.name = @consumer
        """;

    private const string RequestSql = """
        INSERT INTO need_rankings (need_id, model, position, as_of, total, eligible, requested_at)
        VALUES (@need, NULL, 0, NULL, 0, 0, now())
        ON CONFLICT (need_id) DO UPDATE SET requested_at = COALESCE(need_rankings.requested_at, now())
        WHERE need_rankings.model IS DISTINCT FROM @model
        """;

    private const string HeaderSql = """
        INSERT INTO need_rankings (need_id, model, position, as_of, total, eligible, requested_at)
        VALUES (@need, @model, @position, @asOf, @total, @eligible, NULL)
        ON CONFLICT (need_id) DO UPDATE SET model = excluded.model, position = excluded.position, as_of = excluded.as_of,
            total = excluded.total, eligible = excluded.eligible, requested_at = NULL;
        DELETE FROM need_ranking_entries WHERE need_id = @need
        """;

    private const string ApplyIkmSql = """
        INSERT INTO need_ranking_entries (need_id, ikm_id, eligible, score, unmet)
        SELECT u.need_id, @ikm, u.eligible, u.score, string_to_array(u.unmet, E'\x1f')
        FROM unnest(@needs, @eligible, @scores, @unmet) AS u(need_id, eligible, score, unmet)
        ON CONFLICT (need_id, ikm_id) DO UPDATE SET eligible = excluded.eligible, score = excluded.score, unmet = excluded.unmet;
        DELETE FROM need_ranking_entries WHERE ikm_id = @ikm AND need_id = ANY(@deletes);
        UPDATE need_rankings r
        SET total = r.total + d.total, eligible = r.eligible + d.eligible, position = GREATEST(r.position, @position), as_of = @asOf
        FROM unnest(@deltaNeeds, @deltaTotals, @deltaEligible) AS d(need_id, total, eligible)
        WHERE r.need_id = d.need_id
        """;

    private const string RanksSql = """
        SELECT e.need_id, e.score,
               (SELECT count(*) FROM (
                   SELECT 1 FROM need_ranking_entries o
                   WHERE o.need_id = e.need_id AND o.eligible AND (o.score > e.score OR (o.score = e.score AND o.ikm_id < e.ikm_id))
                   LIMIT @top) ahead)::int
        FROM need_ranking_entries e
        WHERE e.ikm_id = @ikm AND e.eligible AND e.need_id = ANY(@needs)
        """;

    private const string AlertSql = """
        INSERT INTO tender_alerts (id, ikm_id, need_id, created_at, read_at, rank, score, position)
        SELECT a.id, a.ikm_id, a.need_id, a.created_at, NULL, a.rank, a.score, a.position
        FROM unnest(@ids, @ikms, @needs, @created, @ranks, @scores, @positions) AS a(id, ikm_id, need_id, created_at, rank, score, position)
        ON CONFLICT (ikm_id, need_id) DO NOTHING
        RETURNING id
        """;

    public async Task<KeptTop?> ReadTopAsync(Guid needId, string model, int limit, bool includeIneligible, CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using var command = scope.Command(TopSql.Replace("{Concerning}", Concerning, StringComparison.Ordinal));
        command.Parameters.Add(Text("consumer", IRankingStore.Consumer));
        command.Parameters.Add(new NpgsqlParameter<Guid>("need", NpgsqlDbType.Uuid) { TypedValue = needId });
        command.Parameters.Add(Text("model", model));
        command.Parameters.Add(new NpgsqlParameter<bool>("all", NpgsqlDbType.Boolean) { TypedValue = includeIneligible });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        int total = 0, eligible = 0;
        long position = 0, concerning = 0;
        DateTimeOffset asOf = default;
        var entries = new List<KeptEntry>(limit);
        var any = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!any)
            {
                any = true;
                total = reader.GetInt32(0);
                eligible = reader.GetInt32(1);
                position = reader.GetInt64(2);
                asOf = reader.GetFieldValue<DateTimeOffset>(3);
                concerning = reader.GetInt64(4);
            }

            if (!reader.IsDBNull(5))
            {
                entries.Add(new KeptEntry(needId, reader.GetGuid(5), reader.GetBoolean(6), reader.GetDecimal(7), []));
            }
        }

        return any ? new KeptTop(total, eligible, position, asOf, entries, Current: position >= concerning) : null;
    }

    public async Task<Freshness> FreshnessAsync(CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using var command = scope.Command(FreshnessSql.Replace("{Concerning}", Concerning, StringComparison.Ordinal));
        command.Parameters.Add(Text("consumer", IRankingStore.Consumer));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new Freshness(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? 0 : reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.GetInt64(3));
    }

    public async Task RequestAsync(Guid needId, string model, CancellationToken cancellationToken)
    {
        // A request never waits: the keeper may be writing this need's row in a long transaction (it is keeping it right
        // now), and then there is nothing to ask. The read that asks is answered either way.
        await using var scope = await OpenAsync(cancellationToken);
        var own = db.Database.CurrentTransaction is null;
        await using var transaction = own ? await scope.Connection.BeginTransactionAsync(cancellationToken) : null;
        await using var command = scope.Command("SET LOCAL lock_timeout = '100ms';" + RequestSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("need", NpgsqlDbType.Uuid) { TypedValue = needId });
        command.Parameters.Add(Text("model", model));
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (PostgresException ex) when (own && ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction!.RollbackAsync(cancellationToken);
        }
    }

    public async Task ReplaceAsync(
        Guid needId, string model, long position, DateTimeOffset asOf, IReadOnlyList<KeptEntry> entries, CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using (var command = scope.Command(HeaderSql))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid>("need", NpgsqlDbType.Uuid) { TypedValue = needId });
            command.Parameters.Add(Text("model", model));
            command.Parameters.Add(new NpgsqlParameter<long>("position", NpgsqlDbType.Bigint) { TypedValue = position });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("asOf", NpgsqlDbType.TimestampTz) { TypedValue = asOf });
            command.Parameters.Add(new NpgsqlParameter<int>("total", NpgsqlDbType.Integer) { TypedValue = entries.Count });
            command.Parameters.Add(new NpgsqlParameter<int>("eligible", NpgsqlDbType.Integer) { TypedValue = entries.Count(e => e.Eligible) });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (entries.Count == 0)
        {
            return;
        }

        await using var import = await scope.Connection.BeginBinaryImportAsync(
            "COPY need_ranking_entries (need_id, ikm_id, eligible, score, unmet) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var entry in entries)
        {
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(entry.NeedId, NpgsqlDbType.Uuid, cancellationToken);
            await import.WriteAsync(entry.IkmId, NpgsqlDbType.Uuid, cancellationToken);
            await import.WriteAsync(entry.Eligible, NpgsqlDbType.Boolean, cancellationToken);
            await import.WriteAsync(entry.Score, NpgsqlDbType.Numeric, cancellationToken);
            await import.WriteAsync(entry.Unmet, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        }

        await import.CompleteAsync(cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using var command = scope.Command("DELETE FROM need_rankings WHERE need_id = ANY(@needs)");
        command.Parameters.Add(Uuids("needs", needIds));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyIkmAsync(
        Guid ikmId,
        IReadOnlyList<KeptEntry> upserts,
        IReadOnlyCollection<Guid> deletes,
        IReadOnlyList<CountDelta> deltas,
        long position,
        DateTimeOffset asOf,
        CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using var command = scope.Command(ApplyIkmSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("ikm", NpgsqlDbType.Uuid) { TypedValue = ikmId });
        command.Parameters.Add(Uuids("needs", upserts.Select(u => u.NeedId)));
        command.Parameters.Add(new NpgsqlParameter<bool[]>("eligible", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { TypedValue = [.. upserts.Select(u => u.Eligible)] });
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("scores", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { TypedValue = [.. upserts.Select(u => u.Score)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("unmet", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            TypedValue = [.. upserts.Select(u => string.Join(Separator, u.Unmet))],
        });
        command.Parameters.Add(Uuids("deletes", deletes));
        command.Parameters.Add(Uuids("deltaNeeds", deltas.Select(d => d.NeedId)));
        command.Parameters.Add(new NpgsqlParameter<int[]>("deltaTotals", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. deltas.Select(d => d.Total)] });
        command.Parameters.Add(new NpgsqlParameter<int[]>("deltaEligible", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. deltas.Select(d => d.Eligible)] });
        command.Parameters.Add(new NpgsqlParameter<long>("position", NpgsqlDbType.Bigint) { TypedValue = position });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("asOf", NpgsqlDbType.TimestampTz) { TypedValue = asOf });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(Guid NeedId, int Rank, decimal Score)>> RanksInTopAsync(
        Guid ikmId, IReadOnlyCollection<Guid> needIds, int top, CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using var command = scope.Command(RanksSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("ikm", NpgsqlDbType.Uuid) { TypedValue = ikmId });
        command.Parameters.Add(Uuids("needs", needIds));
        command.Parameters.Add(new NpgsqlParameter<int>("top", NpgsqlDbType.Integer) { TypedValue = top });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ranks = new List<(Guid, int, decimal)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var ahead = reader.GetInt32(2);
            if (ahead < top)
            {
                ranks.Add((reader.GetGuid(0), ahead + 1, reader.GetDecimal(1)));
            }
        }

        return ranks;
    }

    public async Task<IReadOnlyList<NewAlert>> AlertAsync(IReadOnlyList<NewAlert> alerts, CancellationToken cancellationToken)
    {
        await using var scope = await OpenAsync(cancellationToken);
        await using var command = scope.Command(AlertSql);
        command.Parameters.Add(Uuids("ids", alerts.Select(a => a.Id)));
        command.Parameters.Add(Uuids("ikms", alerts.Select(a => a.IkmId)));
        command.Parameters.Add(Uuids("needs", alerts.Select(a => a.NeedId)));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("created", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = [.. alerts.Select(a => a.CreatedAt)] });
        command.Parameters.Add(new NpgsqlParameter<int[]>("ranks", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. alerts.Select(a => a.Rank)] });
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("scores", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { TypedValue = [.. alerts.Select(a => a.Score)] });
        command.Parameters.Add(new NpgsqlParameter<long[]>("positions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. alerts.Select(a => a.Position)] });
        var recorded = new HashSet<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                recorded.Add(reader.GetGuid(0));
            }
        }

        return [.. alerts.Where(a => recorded.Contains(a.Id))];
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter<Guid[]> Uuids(string name, IEnumerable<Guid> ids) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. ids] };

    private async Task<ConnectionScope> OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new ConnectionScope(db);
    }

    /// <summary>The unit of work's connection, open for one step and given back (EF keeps it open inside a transaction).</summary>
    private sealed class ConnectionScope(AppDbContext db) : IAsyncDisposable
    {
        public NpgsqlConnection Connection { get; } = (NpgsqlConnection)db.Database.GetDbConnection();

        public NpgsqlCommand Command(string sql)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            return command;
        }

        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
