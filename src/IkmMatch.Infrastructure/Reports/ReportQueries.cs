using System.Data.Common;
using IkmMatch.Application.Reports;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IkmMatch.Infrastructure.Reports;

/// <summary>
/// The programme's counts as aggregate SQL over the registry, needs and partnerships. Eligibility is the Domain scorer's,
/// counted by the report handlers.
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
        // The needs with an eligible IKM are the Domain scorer's to count (NeedEvaluations): 0 here.
        var funnel = await SingleAsync(
            """
            SELECT (SELECT count(*)::int FROM needs),
                   0,
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
