using IkmMatch.Application.Common.Abstractions;
using Microsoft.Extensions.Options;

namespace IkmMatch.Api.Http;

/// <summary>
/// Deletes idempotency keys, and the responses they keep, once their 24 hours are over: at start-up and then every
/// <see cref="IdempotencySettings.PurgeIntervalMinutes"/>, a batch at a time so that no statement runs long. An outage
/// only postpones it to the next round.
/// </summary>
internal sealed partial class IdempotencyPurgeService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<IdempotencySettings> settings, ILogger<IdempotencyPurgeService> logger) : BackgroundService
{
    public const int BatchSize = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.Value.PurgeIntervalMinutes), clock);
        do
        {
            try
            {
                var purged = await PurgeAsync(scopes, clock.GetUtcNow(), stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, purged);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name, e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes every key older than the retention as of <paramref name="now"/>; returns how many.</summary>
    public static async Task<int> PurgeAsync(IServiceScopeFactory scopes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = 0;
        int purged;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
            purged = await store.PurgeExpiredAsync(now - IdempotencyMiddleware.Retention, BatchSize, cancellationToken);
            total += purged;
        }
        while (purged == BatchSize);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency key(s)")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired idempotency keys failed ({Error}: {Message}); retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, string error, string message);
}
