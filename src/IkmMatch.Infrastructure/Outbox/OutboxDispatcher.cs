using IkmMatch.Application.Common.Outbox;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IkmMatch.Infrastructure.Outbox;

/// <summary>
/// Hands the outbox's events to its consumers (<see cref="IOutboxConsumer"/>). Each consumer has a checkpoint row in
/// <c>outbox_consumers</c>; a batch is read, handled and checkpointed in one transaction that holds that row locked, so
/// that one process at a time handles a consumer, in position order, and a process that dies mid-batch loses its lock
/// with its connection — the batch rolls back and another process takes it up at once: no lease to expire, no stall.
/// Processes that find the row locked skip it (<c>FOR UPDATE SKIP LOCKED</c>). Each consumer runs in its own loop, woken
/// by the database's notification when events commit (any process's; <see cref="ChangeListener"/> hears it), and every
/// <see cref="OutboxOptions.PollSeconds"/>.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<OutboxOptions> options, IOptions<DatabaseOptions> database, ILogger<OutboxDispatcher> logger)
    : BackgroundService, IOutboxDispatcher
{
    private readonly OutboxOptions _options = options.Value;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        var names = await RegisterConsumersAsync(cancellationToken);
        long end;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            end = await db.OutboxEvents.MaxAsync(e => (long?)e.Position, cancellationToken) ?? 0;
        }

        foreach (var name in names)
        {
            while (await HandleBatchAsync(name, wait: true, cancellationToken) is { } position && position < end)
            {
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        List<string> names;
        await using (var scope = scopes.CreateAsyncScope())
        {
            names = ConsumerNames(scope.ServiceProvider);
        }

        if (names.Count == 0)
        {
            return;
        }

        await Task.WhenAll(names.Select(name => RunConsumerAsync(name, stoppingToken)));
    }

    private static List<string> ConsumerNames(IServiceProvider services) =>
        services.GetServices<IOutboxConsumer>().Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Makes sure every consumer has its checkpoint (from the first event on) and returns their names.</summary>
    private async Task<IReadOnlyList<string>> RegisterConsumersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var names = ConsumerNames(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var name in names)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO outbox_consumers (name, position, updated_at) VALUES ({name}, 0, now()) ON CONFLICT (name) DO NOTHING",
                cancellationToken);
        }

        return names;
    }

    private async Task RunConsumerAsync(string name, CancellationToken stoppingToken)
    {
        var retry = TimeSpan.FromSeconds(1);
        var registered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = _wake.Task;
            try
            {
                if (!registered)
                {
                    await RegisterConsumersAsync(stoppingToken);
                    registered = true;
                }

                var progressed = false;
                while (await HandleBatchAsync(name, wait: false, stoppingToken) is not null)
                {
                    progressed = true;
                }

                retry = TimeSpan.FromSeconds(1);
                if (!progressed)
                {
                    await Task.WhenAny(wake, Task.Delay(TimeSpan.FromSeconds(_options.PollSeconds), stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogConsumerFailed(logger, ex, name, retry.TotalSeconds);
                try
                {
                    await Task.Delay(retry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                retry = TimeSpan.FromSeconds(Math.Min(retry.TotalSeconds * 2, _options.MaxRetrySeconds));
            }
        }
    }

    /// <summary>
    /// Handles the consumer's next batch in one transaction; returns the position it reached, or null when there was
    /// nothing to handle or (without <paramref name="wait"/>) another process holds the consumer.
    /// </summary>
    private async Task<long?> HandleBatchAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.UseBackgroundTimeoutAsync(database.Value, cancellationToken);
        var checkpoint = wait
            ? await db.Database.SqlQuery<long>($"SELECT position AS \"Value\" FROM outbox_consumers WHERE name = {name} FOR UPDATE")
                .ToListAsync(cancellationToken)
            : await db.Database.SqlQuery<long>($"SELECT position AS \"Value\" FROM outbox_consumers WHERE name = {name} FOR UPDATE SKIP LOCKED")
                .ToListAsync(cancellationToken);
        if (checkpoint.Count == 0)
        {
            return null;
        }

        var from = checkpoint[0];
        var events = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Position > from)
            .OrderBy(e => e.Position)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return null;
        }

        var consumer = scope.ServiceProvider.GetServices<IOutboxConsumer>().First(c => c.Name == name);
        await consumer.HandleAsync(events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var reached = events[^1].Position;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE outbox_consumers SET position = {reached}, updated_at = now() WHERE name = {name}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reached;
    }

    /// <summary>Wakes the consumers' loops: events were committed (<see cref="ChangeListener"/> heard the database's notification).</summary>
    public void Wake()
    {
        var woken = Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        woken.TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox consumer {Consumer} failed; its batch rolled back and is tried again in {Seconds} s")]
    private static partial void LogConsumerFailed(ILogger logger, Exception exception, string consumer, double seconds);
}
