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
/// The candidate search of <see cref="IMatchCandidateSearch"/> as one SQL statement (one round trip), driven by
/// <c>ix_ikm_capabilities_division_ikm_id</c>: the division's capabilities in IKM order, joined with the IKM's
/// certificates (<c>ix_ikm_certifications_ikm_id</c>) and grouped; the track records grouped from the completed
/// partnerships (<c>ix_partnerships_ikm_completed</c>), never a subquery per candidate. Only the candidates that may
/// still rank among the first <c>take</c> carry their capabilities and certificates to the process.
/// </summary>
internal sealed class MatchCandidateSearch(AppDbContext db) : IMatchCandidateSearch
{
    /// <summary>
    /// What the rounding of each criterion (values to 4 decimals, points to 2) can move a score by, at most 0.01 per
    /// criterion, and the bounds' double-precision arithmetic far less: the bounds are widened by more than all together.
    /// </summary>
    private const double RoundingMargin = 0.1;

    // $-parameters: @division, @kbli, @unit, @volume, @partial, @required, @counted, @min_tkdn, @needed_by,
    // @kecamatan, the points per unit of each criterion (@p_category … @p_verification: 100 × weight ÷ Σ weights),
    // @take, @include_ineligible, @margin, and the window of survivors to return (@skip, @window; NULL: all).
    // Every parameter is cast where it is used, so that the statement means the same with its values written in
    // (the benchmark replays it so). JIT stays off for this statement: at national scale the planner's cost estimate turns it on, and compiling the
    // expressions costs more than it saves on a few hundred thousand rows.
    private const string Sql = """
        SET jit = off;
        WITH bound AS MATERIALIZED (
            SELECT i.id, i.kecamatan, i.verified,
                   COALESCE(t.completed, 0) AS completed, COALESCE(t.rating_sum, 0) AS rating_sum,
                   f.capacity IS NOT NULL AND (@partial OR f.capacity >= @volume::numeric)
                     AND COALESCE(f.valid_types, '{}') @> @required::text[]
                     AND (@min_tkdn::numeric IS NULL OR COALESCE(f.tkdn, 0) >= @min_tkdn::numeric) AS eligible,
                   @p_category::float8 * CASE f.agreement WHEN 5 THEN 1 WHEN 4 THEN 0.75 WHEN 3 THEN 0.5 ELSE 0.25 END
                   + @p_capacity::float8 * CASE WHEN f.capacity IS NULL THEN 0 WHEN f.capacity >= @volume::numeric THEN 1 ELSE f.capacity::float8 / @volume::float8 END
                   + @p_certifications::float8 * (SELECT count(*) FROM unnest(@counted::text[]) AS c(type) WHERE c.type = ANY (f.valid_types)) / cardinality(@counted::text[])
                   + @p_location::float8 * CASE WHEN i.kecamatan = @kecamatan AND i.kecamatan <> 'Outside' THEN 1 WHEN i.kecamatan = 'Outside' THEN 0.3 ELSE 0.7 END
                   + @p_track_record::float8 * ((6 + COALESCE(t.rating_sum, 0))::float8 / (2 + COALESCE(t.completed, 0)) - 1) / 4
                   + @p_verification::float8 * CASE WHEN i.verified THEN 1 ELSE 0 END AS base
            FROM (
                SELECT c.ikm_id,
                       max(CASE WHEN c.kbli = @kbli THEN 5 WHEN left(c.kbli, 4) = left(@kbli, 4) THEN 4
                                WHEN left(c.kbli, 3) = left(@kbli, 3) THEN 3 ELSE 2 END) AS agreement,
                       max(c.monthly_capacity) FILTER (WHERE c.unit = @unit) AS capacity,
                       array_agg(k.type::text) FILTER (WHERE k.valid_until IS NULL OR k.valid_until >= @needed_by) AS valid_types,
                       max(COALESCE(k.tkdn_percent, 0)) FILTER (WHERE k.type = 'TKDN' AND (k.valid_until IS NULL OR k.valid_until >= @needed_by)) AS tkdn
                FROM ikm_capabilities c
                LEFT JOIN ikm_certifications k ON k.ikm_id = c.ikm_id
                WHERE c.division = @division
                GROUP BY c.ikm_id
            ) f
            JOIN ikms i ON i.id = f.ikm_id AND i.status = 'Active'
            LEFT JOIN (
                SELECT p.ikm_id, count(*)::int AS completed, sum(COALESCE(p.rating, 0))::int AS rating_sum
                FROM partnerships p
                WHERE p.status = 'Completed'
                GROUP BY p.ikm_id
            ) t ON t.ikm_id = f.ikm_id
        ), threshold AS (
            SELECT b.eligible, b.base - @margin::float8 AS lower
            FROM bound b
            WHERE @include_ineligible OR b.eligible
            ORDER BY b.eligible DESC, b.base DESC
            OFFSET @take - 1 LIMIT 1
        ), survivor AS (
            SELECT b.*
            FROM bound b
            WHERE (@include_ineligible OR b.eligible)
              AND NOT EXISTS (
                  SELECT 1 FROM threshold h
                  WHERE b.eligible < h.eligible OR (b.eligible = h.eligible AND b.base + @p_capability_text::float8 + @margin::float8 < h.lower))
            ORDER BY b.eligible DESC, b.base DESC, b.id
            OFFSET @skip LIMIT @window
        )
        SELECT * FROM (
            SELECT 0 AS kind, NULL::uuid AS id, NULL AS name, NULL AS kecamatan, NULL::boolean AS verified, NULL::int AS completed,
                   NULL::int AS rating_sum, NULL::boolean AS eligible, NULL::float8 AS upper,
                   NULL::text[] AS kblis, NULL::text[] AS names, NULL::text[] AS descriptions, NULL::numeric[] AS capacities,
                   NULL::text[] AS units, NULL::text[] AS types, NULL::date[] AS valid_until, NULL::numeric[] AS tkdn,
                   (SELECT count(*) FROM bound)::int AS total, (SELECT count(*) FROM bound WHERE eligible)::int AS eligible_total
            UNION ALL
            SELECT 1, s.id, (SELECT n.name FROM ikms n WHERE n.id = s.id), s.kecamatan, s.verified, s.completed, s.rating_sum, s.eligible,
                   s.base + @p_capability_text::float8 + @margin::float8,
                   caps.kblis, caps.names, caps.descriptions, caps.capacities, caps.units,
                   certs.types, certs.valid_until, certs.tkdn, 0, 0
            FROM survivor s
            CROSS JOIN LATERAL (
                -- One sort per IKM (the order it listed its capabilities in), the arrays aggregated in that order.
                SELECT array_agg(c.kbli::text) AS kblis, array_agg(c.name::text) AS names, array_agg(c.description::text) AS descriptions,
                       array_agg(c.monthly_capacity) AS capacities, array_agg(c.unit::text) AS units
                FROM (SELECT * FROM ikm_capabilities c WHERE c.ikm_id = s.id AND c.division = @division ORDER BY c.ordinal) c) caps
            CROSS JOIN LATERAL (
                SELECT array_agg(k.type::text) AS types, array_agg(k.valid_until) AS valid_until, array_agg(k.tkdn_percent) AS tkdn
                FROM ikm_certifications k
                WHERE k.ikm_id = s.id) certs
        ) r
        ORDER BY r.kind, r.eligible DESC, r.upper DESC, r.id;
        RESET jit;
        """;

    public async IAsyncEnumerable<BoundedCandidate> FindAsync(CandidateSearch search, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The first window of survivors, in order, is almost always enough: the caller stops within a few hundred
        // candidates even in divisions of hundreds of thousands. Only when it reads past the window does a second
        // statement bring the rest (skipping any candidate already streamed, should the registry change in between).
        var window = search.Window;
        var streamed = new List<Guid>(window);
        await foreach (var candidate in RunAsync(search, skip: 0, window, cancellationToken))
        {
            streamed.Add(candidate.IkmId);
            yield return candidate;
        }

        if (streamed.Count < window)
        {
            yield break;
        }

        var seen = streamed.ToHashSet();
        await foreach (var candidate in RunAsync(search, skip: window, window: null, cancellationToken))
        {
            if (!seen.Contains(candidate.IkmId))
            {
                yield return candidate;
            }
        }
    }

    private async IAsyncEnumerable<BoundedCandidate> RunAsync(
        CandidateSearch search, int skip, int? window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var need = search.Need;
        var weights = search.Weights;
        double PointsPerUnit(decimal weight) => (double)(100m * weight / weights.Total);
        var counted = need.PreferredCertifications.Count > 0 ? need.PreferredCertifications : MatchScorer.QualityCertificates;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Sql;
            command.Parameters.Add(Text("division", need.Kbli[..2]));
            command.Parameters.Add(Text("kbli", need.Kbli));
            command.Parameters.Add(Text("unit", need.Unit.ToString()));
            command.Parameters.Add(Numeric("volume", need.MonthlyVolume));
            command.Parameters.Add(new NpgsqlParameter<bool>("partial", need.AllowPartialSupply));
            command.Parameters.Add(TextArray("required", need.RequiredCertifications));
            command.Parameters.Add(TextArray("counted", counted));
            command.Parameters.Add(new NpgsqlParameter("min_tkdn", NpgsqlDbType.Numeric) { Value = (object?)need.MinTkdnPercent ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("needed_by", need.NeededBy));
            command.Parameters.Add(Text("kecamatan", need.IndustryKecamatan.ToString()));
            command.Parameters.Add(Float("p_category", PointsPerUnit(weights.Category)));
            command.Parameters.Add(Float("p_capability_text", PointsPerUnit(weights.CapabilityText)));
            command.Parameters.Add(Float("p_capacity", PointsPerUnit(weights.Capacity)));
            command.Parameters.Add(Float("p_certifications", PointsPerUnit(weights.Certifications)));
            command.Parameters.Add(Float("p_location", PointsPerUnit(weights.Location)));
            command.Parameters.Add(Float("p_track_record", PointsPerUnit(weights.TrackRecord)));
            command.Parameters.Add(Float("p_verification", PointsPerUnit(weights.Verification)));
            command.Parameters.Add(new NpgsqlParameter<int>("take", search.Take));
            command.Parameters.Add(new NpgsqlParameter<bool>("include_ineligible", search.IncludeIneligible));
            command.Parameters.Add(Float("margin", RoundingMargin));
            command.Parameters.Add(new NpgsqlParameter<int>("skip", skip));
            command.Parameters.Add(new NpgsqlParameter("window", NpgsqlDbType.Integer) { Value = (object?)window ?? DBNull.Value });

            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetInt32(0) == 0)
                {
                    search.Counted(reader.GetInt32(17), reader.GetInt32(18));
                    continue;
                }

                yield return Read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static BoundedCandidate Read(NpgsqlDataReader reader)
    {
        var id = reader.GetGuid(1);
        var name = reader.GetString(2);
        var kecamatan = Enum.Parse<Kecamatan>(reader.GetString(3));
        var verified = reader.GetBoolean(4);
        var track = new TrackRecord(reader.GetInt32(5), reader.GetInt32(6));
        var eligible = reader.GetBoolean(7);
        var upper = (decimal)reader.GetDouble(8);
        var kblis = reader.GetFieldValue<string[]>(9);
        var names = reader.GetFieldValue<string[]>(10);
        var descriptions = reader.GetFieldValue<string?[]>(11);
        var capacities = reader.GetFieldValue<decimal[]>(12);
        var units = reader.GetFieldValue<string[]>(13);
        var capabilities = new CandidateCapability[kblis.Length];
        for (var i = 0; i < kblis.Length; i++)
        {
            capabilities[i] = new CandidateCapability(kblis[i], names[i], descriptions[i], capacities[i], Enum.Parse<CapacityUnit>(units[i]));
        }

        CandidateCertification[] certifications = [];
        if (!reader.IsDBNull(14))
        {
            var types = reader.GetFieldValue<string[]>(14);
            var validUntil = reader.GetFieldValue<DateOnly?[]>(15);
            var tkdn = reader.GetFieldValue<decimal?[]>(16);
            certifications = new CandidateCertification[types.Length];
            for (var i = 0; i < types.Length; i++)
            {
                certifications[i] = new CandidateCertification(Enum.Parse<CertificationType>(types[i]), validUntil[i], tkdn[i]);
            }
        }

        return new BoundedCandidate(id, name, new CandidateToMatch(id, kecamatan, verified, capabilities, certifications, track), eligible, upper);
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter<decimal> Numeric(string name, decimal value) => new(name, NpgsqlDbType.Numeric) { TypedValue = value };

    private static NpgsqlParameter<double> Float(string name, double value) => new(name, NpgsqlDbType.Double) { TypedValue = value };

    private static NpgsqlParameter<string[]> TextArray(string name, IEnumerable<CertificationType> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values.Select(v => v.ToString())] };
}
