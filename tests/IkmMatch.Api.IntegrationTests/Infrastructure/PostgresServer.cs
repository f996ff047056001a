using Npgsql;
using Testcontainers.PostgreSql;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the integration tests run against: the one named by <c>IKMMATCH_TEST_POSTGRES</c> (a connection
/// string of a role that may create databases), else a Testcontainers PostgreSQL where a Docker engine runs.
/// Started once per test run.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "IKMMATCH_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _connectionString;
    private static PostgreSqlContainer? _container;

    public static async Task<string> ConnectionStringAsync()
    {
        if (_connectionString is not null)
        {
            return _connectionString;
        }

        await Gate.WaitAsync();
        try
        {
            if (_connectionString is null)
            {
                var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
                if (!string.IsNullOrWhiteSpace(configured))
                {
                    _connectionString = configured;
                }
                else
                {
                    _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                    await _container.StartAsync();
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => _container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                    _connectionString = _container.GetConnectionString();
                }
            }

            return _connectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var server = await ConnectionStringAsync();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        var server = await ConnectionStringAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
