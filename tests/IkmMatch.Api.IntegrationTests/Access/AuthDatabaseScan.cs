using System.Text;
using Npgsql;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>Reads a test database directly, to see what the API stores.</summary>
public static class AuthDatabaseScan
{
    /// <summary>Every <c>table.column</c> of the public schema where some row holds <paramref name="text"/> (text, or bytes read as UTF-8).</summary>
    public static async Task<List<string>> PlacesHoldingAsync(string connectionString, string text)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.ShouldNotBeEmpty();
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.IsDBNull(i))
                    {
                        continue;
                    }

                    var value = reader.GetValue(i) switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                    };
                    if (value.Contains(text, StringComparison.Ordinal))
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The stored hash and prefix of a key.</summary>
    public static async Task<(byte[] Hash, string Prefix)> HashAndPrefixAsync(string connectionString, Guid id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT hash, prefix FROM api_keys WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue($"no api_keys row with id {id}");
        return ((byte[])reader.GetValue(0), reader.GetString(1));
    }
}
