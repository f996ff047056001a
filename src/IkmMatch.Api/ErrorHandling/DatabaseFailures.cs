using System.Data.Common;
using Npgsql;

namespace IkmMatch.Api.ErrorHandling;

/// <summary>Which exceptions mean the database is unavailable (an outage, answered 503), as opposed to a bug.</summary>
internal static class DatabaseFailures
{
    /// <summary>PostgreSQL cancelled a statement that ran past <c>statement_timeout</c> (SQLSTATE 57014).</summary>
    public static bool IsStatementTimeout(Exception exception) =>
        Chain(exception).Any(e => e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled });

    /// <summary>
    /// The database cannot be reached or dropped the connection: refused, reset, timed out, shutting down or starting up,
    /// out of connections, or a transaction cut off by one of those.
    /// </summary>
    public static bool IsUnreachable(Exception exception) => Chain(exception).Any(e => e switch
    {
        System.Net.Sockets.SocketException or TimeoutException or IOException => true,
        PostgresException pg => pg.IsTransient
            || pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) // admin or crash shutdown, cannot connect now
            || pg.SqlState is PostgresErrorCodes.TooManyConnections or "25P03" // idle_in_transaction_session_timeout
                or PostgresErrorCodes.InFailedSqlTransaction,
        NpgsqlException => true, // not a PostgresException: the connection itself failed
        DbException { IsTransient: true } => true,
        InvalidOperationException { Source: "Npgsql" } => true, // "the connection is broken" after a failure
        _ => false,
    });

    /// <summary>One line for the log: the innermost database failure, without a stack trace.</summary>
    public static string Describe(Exception exception)
    {
        var root = Chain(exception).LastOrDefault(e => e is DbException or System.Net.Sockets.SocketException or TimeoutException or IOException) ?? exception;
        return $"{root.GetType().Name}: {root.Message}";
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
