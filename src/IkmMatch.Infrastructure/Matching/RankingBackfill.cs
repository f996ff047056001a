using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Infrastructure.Outbox;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IkmMatch.Infrastructure.Matching;

/// <summary>
/// Keeps the rankings of needs that have none (a registry bulk-loaded without events): the needs whose matches were asked
/// for, oldest request first, then — when the registry is small enough (<see cref="RankingOptions.KeepAllOpenNeedsUpToIkm"/>)
/// — every open need. Each batch runs in a transaction that holds the ranking keeper's checkpoint row
/// (<c>FOR UPDATE SKIP LOCKED</c>), so it never interleaves with the keeper handling changes, in this process or another:
/// a change committed after the batch read its data is handled after the batch commits, with the need kept. A batch that
/// kept something notifies the outbox channel, so a keeper that found the row locked meanwhile is woken at once.
/// </summary>
public sealed partial class RankingBackfill(
    IServiceScopeFactory scopes,
    IOptions<RankingOptions> options,
    IOptions<OutboxOptions> outbox,
    IOptions<DatabaseOptions> database,
    ILogger<RankingBackfill> logger)
    : BackgroundService, IRankingBackfill
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Wake()
    {
        var woken = Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        woken.TrySetResult();
    }

    public async Task<int> KeepPendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (await KeepBatchAsync(cancellationToken) is var kept and > 0)
        {
            total += kept;
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!outbox.Value.Enabled)
        {
            return;
        }

        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = _wake.Task;
            try
            {
                await KeepPendingAsync(stoppingToken);
                retry = TimeSpan.FromSeconds(1);
                await Task.WhenAny(wake, Task.Delay(TimeSpan.FromSeconds(outbox.Value.PollSeconds), stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex, retry.TotalSeconds);
                try
                {
                    await Task.Delay(retry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = TimeSpan.FromSeconds(Math.Min(retry.TotalSeconds * 2, outbox.Value.MaxRetrySeconds));
            }
        }
    }

    private async Task<int> KeepBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.UseBackgroundTimeoutAsync(database.Value, cancellationToken);
        var checkpoint = await db.Database
            .SqlQuery<long>($"SELECT position AS \"Value\" FROM outbox_consumers WHERE name = {IRankingStore.Consumer} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (checkpoint.Count == 0)
        {
            return 0; // not registered yet, or the keeper is handling changes: they come first
        }

        var limit = options.Value.KeepAllOpenNeedsUpToIkm;
        var small = await db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM ikms WHERE status = 'Active' LIMIT {limit + 1}) a")
            .SingleAsync(cancellationToken) <= limit;
        var keeper = scope.ServiceProvider.GetRequiredService<RankingKeeper>();
        var kept = await keeper.KeepPendingAsync(
            options.Value.BatchSize, TimeSpan.FromSeconds(options.Value.BatchSeconds), checkpoint[0], openNeeds: small, cancellationToken);
        if (kept == 0)
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_notify('{OutboxEventConfiguration.Channel}', '')", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return kept;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Keeping rankings that are not kept yet failed; tried again in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, Exception exception, double seconds);
}
