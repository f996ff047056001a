using System.Data.Common;
using System.Diagnostics;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Domain.Matching;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IkmMatch.Infrastructure.Matching;

/// <summary>
/// Reads the catalog of open needs (<see cref="RecordCaches.OpenNeeds"/>) as soon as this process first hears changes,
/// under the background statement timeout: at national scale that is thousands of needs read and analysed, which the
/// first opportunities request would otherwise pay for, held to a request's timeout. Should it fail, the first request
/// that needs the catalog reads it.
/// </summary>
public sealed partial class OpenNeedCatalogWarmUp(
    IServiceScopeFactory scopes,
    RecordCaches caches,
    IOptions<DatabaseOptions> database,
    ILogger<OpenNeedCatalogWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await caches.FirstEnabled.WaitAsync(stoppingToken);
            var started = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
            await db.Database.UseBackgroundTimeoutAsync(database.Value, stoppingToken);
            var catalog = await caches.OpenNeeds.CurrentAsync(db, scope.ServiceProvider.GetRequiredService<MatchScorer>(), stoppingToken);
            if (catalog is not null)
            {
                LogRead(logger, catalog.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog of open needs read: {Needs} needs in {Seconds:F1} s")]
    private static partial void LogRead(ILogger logger, int needs, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the catalog of open needs at start failed; the first request that needs it reads it")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
