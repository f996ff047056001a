using System.Globalization;
using Npgsql;

namespace IkmMatch.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations when the API starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// PostgreSQL's <c>statement_timeout</c> for the API's sessions (default 10 s; 0 turns it off): a statement that
    /// runs longer is cancelled and the request answered with a 503 problem. Migrations run without it.
    /// </summary>
    public double StatementTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// <c>statement_timeout</c> of background work — the outbox's consumers and keeping the rankings of needs not kept yet —
    /// in its transactions (default 600 s; 0 turns it off): ranking a need of a large division reads every candidate, which
    /// at national scale takes longer than a request may, and a consumer whose batch always timed out would stall.
    /// </summary>
    public double BackgroundStatementTimeoutSeconds { get; set; } = 600;

    /// <summary>The statement that gives the current transaction the background statement timeout.</summary>
    public string BackgroundTimeoutSql =>
        $"SET LOCAL statement_timeout = {Math.Max(0, (long)Math.Round(BackgroundStatementTimeoutSeconds * 1000)).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>How long the API waits for PostgreSQL to answer a command at all: the statement timeout and 5 s more, for a server that does not answer.</summary>
    public int CommandTimeoutSeconds => StatementTimeoutSeconds > 0 ? (int)Math.Ceiling(StatementTimeoutSeconds) + 5 : 30;

    /// <summary>
    /// How many of a session's most used statements Npgsql prepares on the server (default 64; 0 turns it off): a
    /// prepared statement is parsed and planned once per connection instead of on every execution, which is most of a
    /// short indexed read's cost in PostgreSQL. A connection string's own <c>Max Auto Prepare</c> other than 0 wins.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 64;

    public void Check()
    {
        if (BackgroundStatementTimeoutSeconds is < 0 or > 86400)
        {
            throw new InvalidOperationException("Database:BackgroundStatementTimeoutSeconds must be between 0 and 86400.");
        }

        if (MaxAutoPrepare is < 0 or > 1000)
        {
            throw new InvalidOperationException("Database:MaxAutoPrepare must be between 0 and 1000.");
        }

        if (StatementTimeoutSeconds is < 0 or > 3600)
        {
            throw new InvalidOperationException("Database:StatementTimeoutSeconds must be between 0 and 3600.");
        }
    }

    /// <summary>The connection string with the statement timeout sent as a start-up option of every session, and automatic preparation.</summary>
    public string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (StatementTimeoutSeconds > 0)
        {
            var milliseconds = Math.Max(1, (long)Math.Round(StatementTimeoutSeconds * 1000));
            builder.Options = $"{builder.Options} -c statement_timeout={milliseconds.ToString(CultureInfo.InvariantCulture)}".Trim();
        }

        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}
