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

    private const string Sql = """
        SELECT i.id, i.name, i.kecamatan, i.verified,
               COALESCE(t.completed, 0), COALESCE(t.rating_sum, 0),
               caps.kblis, caps.names, caps.descriptions, caps.capacities, caps.units, caps.name_terms, caps.terms,
               certs.types, certs.valid_until, certs.tkdn
        FROM (
            SELECT c.ikm_id FROM ikm_capabilities c WHERE c.division = @division
            UNION
            SELECT c.ikm_id FROM ikm_capabilities c WHERE c.terms && @terms
        ) k
        JOIN ikms i ON i.id = k.ikm_id AND i.status = 'Active'
        CROSS JOIN LATERAL (
            SELECT array_agg(c.kbli::text) AS kblis, array_agg(c.name::text) AS names, array_agg(c.description::text) AS descriptions,
                   array_agg(c.monthly_capacity) AS capacities, array_agg(c.unit::text) AS units,
                   array_agg(array_to_string(c.name_terms, E'\x1f')) AS name_terms, array_agg(array_to_string(c.terms, E'\x1f')) AS terms
            FROM (SELECT * FROM ikm_capabilities c WHERE c.ikm_id = i.id ORDER BY c.ordinal) c) caps
        LEFT JOIN LATERAL (
            SELECT array_agg(k.type::text) AS types, array_agg(k.valid_until) AS valid_until, array_agg(k.tkdn_percent) AS tkdn
            FROM ikm_certifications k
            WHERE k.ikm_id = i.id) certs ON true
        LEFT JOIN LATERAL (
            SELECT count(*)::int AS completed, sum(COALESCE(p.rating, 0))::int AS rating_sum
            FROM partnerships p
            WHERE p.ikm_id = i.id AND p.status = 'Completed') t ON true
        """;

    public async IAsyncEnumerable<FoundCandidate> FindAsync(CandidateSearch search, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            command.Parameters.Add(new NpgsqlParameter<string>("division", NpgsqlDbType.Text) { TypedValue = search.Division });
            command.Parameters.Add(new NpgsqlParameter<string[]>("terms", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. search.Terms] });

            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return Read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static FoundCandidate Read(NpgsqlDataReader reader)
    {
        var id = reader.GetGuid(0);
        var name = reader.GetString(1);
        var kecamatan = Enum.Parse<Kecamatan>(reader.GetString(2));
        var verified = reader.GetBoolean(3);
        var track = new TrackRecord(reader.GetInt32(4), reader.GetInt32(5));
        var kblis = reader.GetFieldValue<string[]>(6);
        var names = reader.GetFieldValue<string[]>(7);
        var descriptions = reader.GetFieldValue<string?[]>(8);
        var capacities = reader.GetFieldValue<decimal[]>(9);
        var units = reader.GetFieldValue<string[]>(10);
        var nameTerms = reader.GetFieldValue<string?[]>(11);
        var terms = reader.GetFieldValue<string?[]>(12);
        var capabilities = new CandidateCapability[kblis.Length];
        for (var i = 0; i < kblis.Length; i++)
        {
            capabilities[i] = new CandidateCapability(
                kblis[i], names[i], descriptions[i], capacities[i], Enum.Parse<CapacityUnit>(units[i]), Split(nameTerms[i]), Split(terms[i]));
        }

        CandidateCertification[] certifications = [];
        if (!reader.IsDBNull(13))
        {
            var types = reader.GetFieldValue<string[]>(13);
            var validUntil = reader.GetFieldValue<DateOnly?[]>(14);
            var tkdn = reader.GetFieldValue<decimal?[]>(15);
            certifications = new CandidateCertification[types.Length];
            for (var i = 0; i < types.Length; i++)
            {
                certifications[i] = new CandidateCertification(Enum.Parse<CertificationType>(types[i]), validUntil[i], tkdn[i]);
            }
        }

        return new FoundCandidate(id, name, new CandidateToMatch(id, kecamatan, verified, capabilities, certifications, track));
    }

    private static string[] Split(string? joined) => string.IsNullOrEmpty(joined) ? [] : joined.Split(TermSeparator);
}
