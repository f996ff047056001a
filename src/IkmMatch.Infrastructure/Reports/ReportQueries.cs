using System.Data.Common;
using IkmMatch.Application.Reports;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IkmMatch.Infrastructure.Reports;

/// <summary>
/// The programme's reports as aggregate SQL over the registry, needs and partnerships. "Open procurement" is an Open
/// need of an active industry: a need whose industry was archived takes no proposal and is left out of the gaps.
/// </summary>
internal sealed class ReportQueries(AppDbContext db) : IReportQueries
{
    public async Task<SummaryReport> SummaryAsync(CancellationToken cancellationToken)
    {
        await using var _ = await OpenAsync(cancellationToken);

        var (ikmTotal, ikmVerified) = await SingleAsync(
            "SELECT count(*)::int, count(*) FILTER (WHERE verified)::int FROM ikms WHERE status = 'Active'",
            r => (r.GetInt32(0), r.GetInt32(1)),
            cancellationToken);
        var byKecamatan = await CountsAsync(
            "SELECT kecamatan, count(*)::int FROM ikms WHERE status = 'Active' GROUP BY kecamatan ORDER BY kecamatan", cancellationToken);
        var byDivision = await CountsAsync(
            """
            SELECT c.division, count(DISTINCT c.ikm_id)::int
            FROM ikm_capabilities c JOIN ikms i ON i.id = c.ikm_id AND i.status = 'Active'
            GROUP BY 1 ORDER BY 1
            """,
            cancellationToken);
        var industries = await SingleAsync("SELECT count(*)::int FROM industries WHERE status = 'Active'", r => r.GetInt32(0), cancellationToken);
        var needsByStatus = await CountsAsync("SELECT status, count(*)::int FROM needs GROUP BY status ORDER BY status", cancellationToken);
        var partnershipsByStatus = await CountsAsync("SELECT status, count(*)::int FROM partnerships GROUP BY status ORDER BY status", cancellationToken);
        var partnershipsByPattern = await CountsAsync("SELECT pattern, count(*)::int FROM partnerships GROUP BY pattern ORDER BY pattern", cancellationToken);
        var (activeValue, completedValue, jobs, rating) = await SingleAsync(
            """
            SELECT COALESCE(sum(contract_value) FILTER (WHERE status = 'Active'), 0)::bigint,
                   COALESCE(sum(contract_value) FILTER (WHERE status = 'Completed'), 0)::bigint,
                   COALESCE(sum(jobs_created) FILTER (WHERE status = 'Completed'), 0)::int,
                   round(avg(rating) FILTER (WHERE status = 'Completed'), 2)
            FROM partnerships
            """,
            r => (r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.IsDBNull(3) ? (decimal?)null : r.GetDecimal(3)),
            cancellationToken);
        var funnel = await SingleAsync(
            $"""
            SELECT (SELECT count(*)::int FROM needs),
                   (SELECT count(*)::int FROM needs n
                    WHERE EXISTS (SELECT 1 FROM ikms i WHERE i.status = 'Active' AND {EligibilitySql.Eligible})),
                   (SELECT count(DISTINCT partnership_id)::int FROM partnership_history WHERE "to" = 'Proposed'),
                   (SELECT count(DISTINCT partnership_id)::int FROM partnership_history WHERE "to" = 'Accepted'),
                   (SELECT count(DISTINCT partnership_id)::int FROM partnership_history WHERE "to" = 'Active'),
                   (SELECT count(DISTINCT partnership_id)::int FROM partnership_history WHERE "to" = 'Completed')
            """,
            r => new Funnel(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)),
            cancellationToken);

        return new SummaryReport(
            new IkmSummary(ikmTotal, ikmVerified, byKecamatan, byDivision),
            new IndustrySummary(industries),
            new NeedSummary(needsByStatus.Values.Sum(), needsByStatus),
            new PartnershipSummary(partnershipsByStatus.Values.Sum(), partnershipsByStatus, partnershipsByPattern, activeValue, completedValue, jobs, rating),
            funnel);
    }

    public async Task<CapabilityGapsReport> CapabilityGapsAsync(string? kbliDivision, Kecamatan? kecamatan, CancellationToken cancellationToken)
    {
        await using var _ = await OpenAsync(cancellationToken);
        var filters = new[]
        {
            new NpgsqlParameter("division", (object?)kbliDivision ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
            new NpgsqlParameter("kecamatan", (object?)kecamatan?.ToString() ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
        };
        const string Pairs = $"""
            pairs AS MATERIALIZED (
                SELECT n.id AS need_id, i.id AS ikm_id, n.budget,
                       {EligibilitySql.CapacityMet} AS capacity_met,
                       {EligibilitySql.TkdnMet} AS tkdn_met,
                       ARRAY(SELECT r.type FROM unnest(n.required_certifications) AS r(type) WHERE NOT {EligibilitySql.HoldsRequired}) AS missing
                FROM needs n
                JOIN industries buyer ON buyer.id = n.industry_id AND buyer.status = 'Active'
                JOIN ikms i ON i.status = 'Active' AND {EligibilitySql.Candidate}
                WHERE n.status = 'Open'
                  AND (@division IS NULL OR n.kbli LIKE @division || '%')
                  AND (@kecamatan IS NULL OR i.kecamatan = @kecamatan)
            )
            """;

        var gaps = await ListAsync(
            $"""
            WITH {Pairs},
            unmet AS MATERIALIZED (
                SELECT need_id, ikm_id, budget, 'certification:' || m.type AS code FROM pairs CROSS JOIN unnest(missing) AS m(type)
                UNION ALL SELECT need_id, ikm_id, budget, 'tkdn' FROM pairs WHERE NOT tkdn_met
                UNION ALL SELECT need_id, ikm_id, budget, 'capacity' FROM pairs WHERE NOT capacity_met
            )
            SELECT u.code, count(DISTINCT u.ikm_id)::int, count(DISTINCT u.need_id)::int,
                   (SELECT COALESCE(sum(b.budget), 0)::bigint
                    FROM (SELECT DISTINCT need_id, budget FROM unmet WHERE code = u.code) b)
            FROM unmet u
            GROUP BY u.code
            ORDER BY 2 DESC, 1
            """,
            r => new CapabilityGap(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt64(3)),
            filters,
            cancellationToken);

        var unserved = await ListAsync(
            $"""
            WITH {Pairs}
            SELECT n.id, n.title, n.kbli, n.industry_id, d.name, n.budget, n.needed_by,
                   (SELECT count(*)::int FROM pairs p WHERE p.need_id = n.id)
            FROM needs n JOIN industries d ON d.id = n.industry_id AND d.status = 'Active'
            WHERE n.status = 'Open'
              AND (@division IS NULL OR n.kbli LIKE @division || '%')
              AND NOT EXISTS (SELECT 1 FROM pairs p
                              WHERE p.need_id = n.id AND p.capacity_met AND p.tkdn_met AND cardinality(p.missing) = 0)
            ORDER BY n.needed_by, n.id
            """,
            r => new UnservedNeed(
                r.GetGuid(0),
                r.GetString(1),
                r.GetString(2),
                r.GetGuid(3),
                r.GetString(4),
                r.IsDBNull(5) ? null : r.GetInt64(5),
                DateOnly.FromDateTime(r.GetDateTime(6)),
                r.GetInt32(7)),
            [.. filters.Select(f => f.Clone())],
            cancellationToken);

        return new CapabilityGapsReport(kbliDivision, kecamatan?.ToString(), gaps, unserved);
    }

    /// <summary>Opens the context's connection for the queries of one report, and closes it after.</summary>
    private async Task<IAsyncDisposable> OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new ConnectionLease(db);
    }

    private async Task<T> SingleAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        (await ListAsync(sql, read, [], cancellationToken)).Single();

    private async Task<Dictionary<string, int>> CountsAsync(string sql, CancellationToken cancellationToken) =>
        (await ListAsync(sql, r => (Key: r.GetString(0), Count: r.GetInt32(1)), [], cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count, StringComparer.Ordinal);

    private async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> read, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private sealed class ConnectionLease(AppDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
