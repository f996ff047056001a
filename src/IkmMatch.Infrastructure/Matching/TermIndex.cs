using IkmMatch.Domain.Matching.Language;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace IkmMatch.Infrastructure.Matching;

/// <summary>
/// Keeps the stored terms of capabilities and needs (the term index) in step with the matching language. Terms are
/// written with each record by the Domain; when the language's data files change (a new synonym, a root), the version
/// kept in <c>matching_language</c> no longer matches <see cref="ProcurementLanguage.Version"/>, and every capability and
/// need is analysed again, in batches, before the API serves. An advisory lock keeps two API processes from doing it twice.
/// </summary>
public static partial class TermIndex
{
    private const long LockKey = 0x1C3A_7E12_0000_0001;
    private const int BatchSize = 2000;
    private const char Separator = '\u001f';

    /// <summary>Re-analyses every capability and need when their terms were stored under another language version.</summary>
    public static async Task RefreshIfStaleAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TermIndex));
        var language = ProcurementLanguage.Default;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (await StoredVersionAsync(connection, cancellationToken) == language.Version)
            {
                return;
            }

            // Analysing a national registry again takes longer than a request may: no statement timeout for this session
            // (reset below, before the connection goes back to the pool).
            await ExecuteAsync(connection, "SET statement_timeout = 0", cancellationToken);
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            try
            {
                // Another process may have finished while this one waited for the lock.
                if (await StoredVersionAsync(connection, cancellationToken) == language.Version)
                {
                    return;
                }

                var capabilities = await RefreshCapabilitiesAsync(connection, language, cancellationToken);
                var needs = await RefreshNeedsAsync(connection, language, cancellationToken);
                await MarkCurrentAsync(connection, language.Version, cancellationToken);
                LogRefreshed(logger, capabilities, needs, language.Version);
            }
            finally
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
                await ExecuteAsync(connection, "RESET statement_timeout", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Records that the stored terms are those of <paramref name="version"/> (for loaders that write terms themselves).</summary>
    public static async Task MarkCurrentAsync(NpgsqlConnection connection, string version, CancellationToken cancellationToken)
    {
        await using var save = new NpgsqlCommand(
            "INSERT INTO matching_language (id, version) VALUES (1, @version) ON CONFLICT (id) DO UPDATE SET version = excluded.version", connection);
        save.Parameters.Add(new NpgsqlParameter<string>("version", version));
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> StoredVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM matching_language WHERE id = 1", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<int> RefreshCapabilitiesAsync(NpgsqlConnection connection, ProcurementLanguage language, CancellationToken cancellationToken)
    {
        var done = 0;
        var after = Guid.Empty;
        while (true)
        {
            var rows = new List<(Guid Id, string Name, string? Description)>(BatchSize);
            await using (var read = new NpgsqlCommand("SELECT id, name, description FROM ikm_capabilities WHERE id > @after ORDER BY id LIMIT @batch", connection))
            {
                read.Parameters.Add(new NpgsqlParameter<Guid>("after", after));
                read.Parameters.Add(new NpgsqlParameter<int>("batch", BatchSize));
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
                }
            }

            if (rows.Count == 0)
            {
                return done;
            }

            await using (var write = new NpgsqlCommand(
                """
                UPDATE ikm_capabilities c
                SET name_terms = string_to_array(u.name_terms, E'\x1f'), terms = string_to_array(u.terms, E'\x1f')
                FROM unnest(@ids, @name_terms, @terms) AS u(id, name_terms, terms)
                WHERE c.id = u.id
                """,
                connection))
            {
                write.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. rows.Select(r => r.Id)]));
                write.Parameters.Add(Joined("name_terms", rows.Select(r => language.Terms(r.Name))));
                write.Parameters.Add(Joined("terms", rows.Select(r => language.Terms(r.Name, r.Description))));
                await write.ExecuteNonQueryAsync(cancellationToken);
            }

            done += rows.Count;
            after = rows[^1].Id;
        }
    }

    private static async Task<int> RefreshNeedsAsync(NpgsqlConnection connection, ProcurementLanguage language, CancellationToken cancellationToken)
    {
        var done = 0;
        var after = Guid.Empty;
        while (true)
        {
            var rows = new List<(Guid Id, string Title, string[] Keywords)>(BatchSize);
            await using (var read = new NpgsqlCommand("SELECT id, title, keywords FROM needs WHERE id > @after ORDER BY id LIMIT @batch", connection))
            {
                read.Parameters.Add(new NpgsqlParameter<Guid>("after", after));
                read.Parameters.Add(new NpgsqlParameter<int>("batch", BatchSize));
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)));
                }
            }

            if (rows.Count == 0)
            {
                return done;
            }

            await using (var write = new NpgsqlCommand(
                """
                UPDATE needs n SET search_terms = string_to_array(u.terms, E'\x1f')
                FROM unnest(@ids, @terms) AS u(id, terms)
                WHERE n.id = u.id
                """,
                connection))
            {
                write.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. rows.Select(r => r.Id)]));
                write.Parameters.Add(Joined("terms", rows.Select(r => language.Terms([r.Title, .. r.Keywords]))));
                await write.ExecuteNonQueryAsync(cancellationToken);
            }

            done += rows.Count;
            after = rows[^1].Id;
        }
    }

    private static NpgsqlParameter<string[]> Joined(string name, IEnumerable<string[]> terms) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. terms.Select(t => string.Join(Separator, t))] };

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching language {Version}: analysed {Capabilities} capabilities and {Needs} needs again")]
    private static partial void LogRefreshed(ILogger logger, int capabilities, int needs, string version);
}
