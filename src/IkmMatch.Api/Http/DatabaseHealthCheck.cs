using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IkmMatch.Api.Http;

/// <summary>Ready when PostgreSQL answers, as <see cref="DatabaseReadiness"/> last found out.</summary>
internal sealed class DatabaseHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await readiness.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("PostgreSQL answers.")
            : HealthCheckResult.Unhealthy("PostgreSQL does not answer.");
}

/// <summary>
/// Whether PostgreSQL answers, asked at most once per <see cref="Freshness"/> however many callers ask (one probe at a
/// time, its answer shared), and never waited for longer than <see cref="Timeout"/>: a database that does not answer in
/// time is not ready. So readiness polling costs the database one <c>SELECT 1</c> a second at most, and a frozen server
/// is a 503 within the timeout.
/// </summary>
internal sealed class DatabaseReadiness(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private Task<bool>? _probe;
    private DateTimeOffset _probedAt;

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        Task<bool> probe;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_probe is null || (_probe.IsCompleted && now - _probedAt >= Freshness))
            {
                _probedAt = now;
                _probe = ProbeAsync();
            }

            probe = _probe;
        }

        try
        {
            return await probe.WaitAsync(Timeout, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task<bool> ProbeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(Timeout, clock);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
