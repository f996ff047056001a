using System.Data;
using System.Runtime.CompilerServices;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace IkmMatch.Infrastructure.Matching;

/// <summary>
/// The candidate retrieval of <see cref="IMatchCandidateSearch"/> as one SQL statement (one round trip): the IKM with a
/// capability in the need's division (<c>ix_ikm_capabilities_division_ikm_id</c>) or with a capability sharing a term of
/// the need's title and keywords (<c>ix_ikm_capabilities_terms</c>, a GIN index), active ones only. Per IKM, its
/// capabilities, its certificates and its completed partnerships are each aggregated on their own (one row per IKM, never
/// capabilities × certificates). The statement filters on stored facts only; it holds no rule of eligibility or scoring.
/// </summary>
internal sealed class MatchCandidateSearch(AppDbContext db) : IMatchCandidateSearch
{
    /// <summary>Separates the terms of one capability in the aggregated text (terms are letters, digits and spaces).</summary>
    private const char TermSeparator = '\u001f';

    /// <summary>
    /// Each retrieved IKM with what ranking needs; <c>{0}</c> is where the IKM come from, <c>{1}</c> and <c>{2}</c> the
    /// texts or nothing.
    /// </summary>
    private const string Statement = """
        SELECT i.id, i.kecamatan, i.verified,
               COALESCE(t.completed, 0), COALESCE(t.rating_sum, 0),
               caps.kblis, caps.capacities, caps.units, caps.name_terms, caps.terms,
               certs.types, certs.valid_until, certs.tkdn, certs.verified{1}
        FROM {0} k
        JOIN ikms i ON i.id = k.ikm_id AND i.status = 'Active'
        CROSS JOIN LATERAL (
            SELECT array_agg(c.kbli::text) AS kblis, array_agg(c.monthly_capacity) AS capacities, array_agg(c.unit::text) AS units,
                   array_agg(array_to_string(c.name_terms, E'\x1f')) AS name_terms, array_agg(array_to_string(c.terms, E'\x1f')) AS terms{2}
            FROM (SELECT * FROM ikm_capabilities c WHERE c.ikm_id = i.id ORDER BY c.ordinal) c) caps
        LEFT JOIN LATERAL (
            SELECT array_agg(k.type::text) AS types, array_agg(k.valid_until) AS valid_until, array_agg(k.tkdn_percent) AS tkdn,
                   array_agg(k.verified) AS verified
            FROM ikm_certifications k
            WHERE k.ikm_id = i.id) certs ON true
        LEFT JOIN LATERAL (
            SELECT count(*)::int AS completed, sum(COALESCE(p.rating, 0))::int AS rating_sum
            FROM partnerships p
            WHERE p.ikm_id = i.id AND p.status = 'Completed') t ON true
        """;

    /// <summary>The IKM of the need's division and those sharing a term of its title or keywords.</summary>
    private const string Retrieved = """
        (SELECT c.ikm_id FROM ikm_capabilities c WHERE c.division = @division
         UNION
         SELECT c.ikm_id FROM ikm_capabilities c WHERE c.terms && @terms)
        """;

    private static readonly string FindSql = Compose(Retrieved, string.Empty, string.Empty);

    private static readonly string ExplainSql = Compose(
        "(SELECT unnest(@ids::uuid[]) AS ikm_id)", ", i.name, caps.names, caps.descriptions", ", array_agg(c.name::text) AS names, array_agg(c.description::text) AS descriptions");

    private static string Compose(string source, string texts, string aggregatedTexts) =>
        Statement.Replace("{0}", source, StringComparison.Ordinal)
            .Replace("{1}", texts, StringComparison.Ordinal)
            .Replace("{2}", aggregatedTexts, StringComparison.Ordinal);

    public async IAsyncEnumerable<FoundCandidate> FindAsync(CandidateSearch search, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = FindSql;
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            command.Parameters.Add(new NpgsqlParameter<string>("division", NpgsqlDbType.Text) { TypedValue = search.Division });
            command.Parameters.Add(new NpgsqlParameter<string[]>("terms", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. search.Terms] });

            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return Read(reader, withTexts: false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<FoundCandidate>> ExplainAsync(IReadOnlyList<FoundCandidate> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var read = new Dictionary<Guid, FoundCandidate>(candidates.Count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = ExplainSql;
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. candidates.Select(c => c.IkmId)] });
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var candidate = Read(reader, withTexts: true);
                read[candidate.IkmId] = candidate;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // In the order ranked; an IKM archived in between is explained as it was ranked, without its texts.
        return [.. candidates.Select(c => read.GetValueOrDefault(c.IkmId) ?? c)];
    }

    private static FoundCandidate Read(NpgsqlDataReader reader, bool withTexts)
    {
        var id = reader.GetGuid(0);
        var kecamatan = Enum.Parse<Kecamatan>(reader.GetString(1));
        var verified = reader.GetBoolean(2);
        var track = new TrackRecord(reader.GetInt32(3), reader.GetInt32(4));
        var kblis = reader.GetFieldValue<string[]>(5);
        var capacities = reader.GetFieldValue<decimal[]>(6);
        var units = reader.GetFieldValue<string[]>(7);
        var nameTerms = reader.GetFieldValue<string?[]>(8);
        var terms = reader.GetFieldValue<string?[]>(9);

        CandidateCertification[] certifications = [];
        if (!reader.IsDBNull(10))
        {
            var types = reader.GetFieldValue<string[]>(10);
            var validUntil = reader.GetFieldValue<DateOnly?[]>(11);
            var tkdn = reader.GetFieldValue<decimal?[]>(12);
            var verifiedCertificates = reader.GetFieldValue<bool[]>(13);
            certifications = new CandidateCertification[types.Length];
            for (var i = 0; i < types.Length; i++)
            {
                certifications[i] = new CandidateCertification(Enum.Parse<CertificationType>(types[i]), validUntil[i], tkdn[i], verifiedCertificates[i]);
            }
        }

        var name = string.Empty;
        var names = new string[kblis.Length];
        var descriptions = new string?[kblis.Length];
        if (withTexts)
        {
            name = reader.GetString(14);
            names = reader.GetFieldValue<string[]>(15);
            descriptions = reader.GetFieldValue<string?[]>(16);
        }

        var capabilities = new CandidateCapability[kblis.Length];
        for (var i = 0; i < kblis.Length; i++)
        {
            capabilities[i] = new CandidateCapability(
                kblis[i], names[i] ?? string.Empty, descriptions[i], capacities[i], Enum.Parse<CapacityUnit>(units[i]), Split(nameTerms[i]), Split(terms[i]));
        }

        return new FoundCandidate(id, name, new CandidateToMatch(id, kecamatan, verified, capabilities, certifications, track));
    }

    private static string[] Split(string? joined) => string.IsNullOrEmpty(joined) ? [] : joined.Split(TermSeparator);
}
