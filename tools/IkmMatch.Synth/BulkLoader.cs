using IkmMatch.Domain.Matching.Language;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;
using Npgsql;
using NpgsqlTypes;

namespace IkmMatch.Synth;

/// <summary>
/// Writes the registry with PostgreSQL binary COPY (<see cref="NpgsqlBinaryImporter"/>), column names and types as the
/// migrations create them: enums as their names in text, arrays as <c>text[]</c>, version 1, status Active/Open.
/// IKM go in batches — a COPY of <c>ikms</c>, then of their capabilities and certificates (the foreign keys need the
/// IKM first) — all in the caller's transaction.
/// </summary>
internal static class BulkLoader
{
    public const string RegistryTables = "needs, ikm_certifications, ikm_capabilities, ikms, industries";

    public static void WriteIndustries(NpgsqlConnection connection, IReadOnlyList<IndustryRow> industries)
    {
        using var copy = connection.BeginBinaryImport(
            "COPY industries (id, nib, name, sector, kecamatan, address, contact_name, email, phone, status, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)");
        foreach (var i in industries)
        {
            copy.StartRow();
            copy.Write(i.Id, NpgsqlDbType.Uuid);
            copy.Write(i.Nib, NpgsqlDbType.Varchar);
            copy.Write(i.Name, NpgsqlDbType.Varchar);
            copy.Write(i.Sector, NpgsqlDbType.Varchar);
            copy.Write(i.Kecamatan.ToString(), NpgsqlDbType.Varchar);
            Text(copy, i.Address);
            Text(copy, i.ContactName);
            Text(copy, i.Email);
            Text(copy, i.Phone);
            copy.Write(nameof(RecordStatus.Active), NpgsqlDbType.Varchar);
            copy.Write(i.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(i.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(1, NpgsqlDbType.Integer);
        }

        copy.Complete();
    }

    /// <summary>The stored terms of a capability, as the Domain analyses them; the synthetic texts repeat, so each is analysed once.</summary>
    private static (string[] NameTerms, string[] Terms) TermsOf(string name, string? description)
    {
        var key = (name, description ?? string.Empty);
        if (!AnalysedTexts.TryGetValue(key, out var terms))
        {
            terms = (ProcurementLanguage.Default.Terms(name), ProcurementLanguage.Default.Terms(name, description));
            if (AnalysedTexts.Count < 100_000)
            {
                AnalysedTexts[key] = terms;
            }
        }

        return terms;
    }

    private static readonly Dictionary<(string, string), (string[], string[])> AnalysedTexts = [];

    /// <summary>Records that the terms written are those of the current matching language, so the API does not analyse them again.</summary>
    public static void MarkTermsCurrent(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "INSERT INTO matching_language (id, version) VALUES (1, @version) ON CONFLICT (id) DO UPDATE SET version = excluded.version", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("version", ProcurementLanguage.Default.Version));
        command.ExecuteNonQuery();
    }

    public static void WriteNeeds(NpgsqlConnection connection, IReadOnlyList<NeedRow> needs)
    {
        using var copy = connection.BeginBinaryImport(
            "COPY needs (id, industry_id, title, description, kbli, keywords, monthly_volume, unit, required_certifications, preferred_certifications, " +
            "min_tkdn_percent, budget, needed_by, allow_partial_supply, status, created_at, updated_at, version, search_terms) FROM STDIN (FORMAT BINARY)");
        foreach (var n in needs)
        {
            copy.StartRow();
            copy.Write(n.Id, NpgsqlDbType.Uuid);
            copy.Write(n.IndustryId, NpgsqlDbType.Uuid);
            copy.Write(n.Title, NpgsqlDbType.Varchar);
            Text(copy, n.Description);
            copy.Write(n.Kbli, NpgsqlDbType.Varchar);
            copy.Write(n.Keywords, NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(n.MonthlyVolume, NpgsqlDbType.Numeric);
            copy.Write(n.Unit.ToString(), NpgsqlDbType.Varchar);
            copy.Write(Names(n.RequiredCertifications), NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(Names(n.PreferredCertifications), NpgsqlDbType.Array | NpgsqlDbType.Text);
            Number(copy, n.MinTkdnPercent);
            if (n.Budget is { } budget)
            {
                copy.Write(budget, NpgsqlDbType.Bigint);
            }
            else
            {
                copy.WriteNull();
            }

            copy.Write(n.NeededBy, NpgsqlDbType.Date);
            copy.Write(n.AllowPartialSupply, NpgsqlDbType.Boolean);
            copy.Write(nameof(NeedStatus.Open), NpgsqlDbType.Varchar);
            copy.Write(n.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(n.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(1, NpgsqlDbType.Integer);
            copy.Write(ProcurementLanguage.Default.Terms([n.Title, .. n.Keywords]), NpgsqlDbType.Array | NpgsqlDbType.Text);
        }

        copy.Complete();
    }

    /// <summary>One batch of IKM: three COPY commands. Returns the number of capability and certificate rows written.</summary>
    public static (int Capabilities, int Certifications) WriteIkms(NpgsqlConnection connection, IReadOnlyList<IkmRow> ikms)
    {
        using (var copy = connection.BeginBinaryImport(
            "COPY ikms (id, nib, name, owner_name, email, phone, address, kecamatan, workforce, verified, verified_at, status, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var i in ikms)
            {
                copy.StartRow();
                copy.Write(i.Id, NpgsqlDbType.Uuid);
                copy.Write(i.Nib, NpgsqlDbType.Varchar);
                copy.Write(i.Name, NpgsqlDbType.Varchar);
                Text(copy, i.OwnerName);
                Text(copy, i.Email);
                Text(copy, i.Phone);
                Text(copy, i.Address);
                copy.Write(i.Kecamatan.ToString(), NpgsqlDbType.Varchar);
                copy.Write(i.Workforce, NpgsqlDbType.Integer);
                copy.Write(i.VerifiedAt is not null, NpgsqlDbType.Boolean);
                if (i.VerifiedAt is { } verifiedAt)
                {
                    copy.Write(verifiedAt, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    copy.WriteNull();
                }

                copy.Write(nameof(RecordStatus.Active), NpgsqlDbType.Varchar);
                copy.Write(i.CreatedAt, NpgsqlDbType.TimestampTz);
                copy.Write(i.VerifiedAt ?? i.CreatedAt, NpgsqlDbType.TimestampTz);
                copy.Write(1, NpgsqlDbType.Integer);
            }

            copy.Complete();
        }

        var capabilities = 0;
        using (var copy = connection.BeginBinaryImport(
            "COPY ikm_capabilities (id, ikm_id, ordinal, kbli, name, description, monthly_capacity, unit, name_terms, terms) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var i in ikms)
            {
                foreach (var c in i.Capabilities)
                {
                    copy.StartRow();
                    copy.Write(c.Id, NpgsqlDbType.Uuid);
                    copy.Write(i.Id, NpgsqlDbType.Uuid);
                    copy.Write(c.Ordinal, NpgsqlDbType.Integer);
                    copy.Write(c.Kbli, NpgsqlDbType.Varchar);
                    copy.Write(c.Name, NpgsqlDbType.Varchar);
                    Text(copy, c.Description);
                    copy.Write(c.MonthlyCapacity, NpgsqlDbType.Numeric);
                    copy.Write(c.Unit.ToString(), NpgsqlDbType.Varchar);
                    var (nameTerms, terms) = TermsOf(c.Name, c.Description);
                    copy.Write(nameTerms, NpgsqlDbType.Array | NpgsqlDbType.Text);
                    copy.Write(terms, NpgsqlDbType.Array | NpgsqlDbType.Text);
                    capabilities++;
                }
            }

            copy.Complete();
        }

        var certifications = 0;
        using (var copy = connection.BeginBinaryImport(
            "COPY ikm_certifications (id, ikm_id, ordinal, type, number, issuer, valid_until, tkdn_percent) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var i in ikms)
            {
                foreach (var c in i.Certifications)
                {
                    copy.StartRow();
                    copy.Write(c.Id, NpgsqlDbType.Uuid);
                    copy.Write(i.Id, NpgsqlDbType.Uuid);
                    copy.Write(c.Ordinal, NpgsqlDbType.Integer);
                    copy.Write(c.Type.ToString(), NpgsqlDbType.Varchar);
                    Text(copy, c.Number);
                    Text(copy, c.Issuer);
                    if (c.ValidUntil is { } validUntil)
                    {
                        copy.Write(validUntil, NpgsqlDbType.Date);
                    }
                    else
                    {
                        copy.WriteNull();
                    }

                    Number(copy, c.TkdnPercent);
                    certifications++;
                }
            }

            copy.Complete();
        }

        return (capabilities, certifications);
    }

    /// <summary>Drops the registry tables' indexes other than primary keys and constraints; returns their definitions.</summary>
    public static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var query = new NpgsqlCommand(
            """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """,
            connection,
            transaction))
        {
            query.Parameters.AddWithValue("tables", RegistryTables.Split(", "));
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection, transaction);
            await drop.ExecuteNonQueryAsync();
        }

        return [.. definitions.Select(d => d.Definition)];
    }

    public static async Task CreateIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> definitions)
    {
        foreach (var definition in definitions)
        {
            await using var create = new NpgsqlCommand(definition, connection, transaction) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary><c>SET LOCAL session_replication_role = replica</c> (superusers only): no foreign-key triggers per row.</summary>
    public static async Task<bool> TrySkipForeignKeyTriggersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var check = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", connection, transaction);
        if (await check.ExecuteScalarAsync() is not true)
        {
            return false;
        }

        await using var set = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction);
        await set.ExecuteNonQueryAsync();
        return true;
    }

    private static string[] Names(CertificationType[] types) => [.. types.Select(t => t.ToString())];

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void Number(NpgsqlBinaryImporter copy, decimal? value)
    {
        if (value is { } number)
        {
            copy.Write(number, NpgsqlDbType.Numeric);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
