using IkmMatch.Application.Common.Caching;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IkmMatch.Infrastructure.Outbox;

/// <summary>
/// This process's one listener for the database's notifications: <c>outbox_events</c> when events commit (any process's)
/// and <c>api_keys</c> when keys change.
/// <list type="bullet">
/// <item>It wakes the outbox's consumers (<see cref="OutboxDispatcher.Wake"/>), which otherwise poll.</item>
/// <item>It keeps this process's read caches (<see cref="RecordCaches"/>) correct when other processes change data: it
/// reads the events it has not seen yet (type and subject only) and evicts what they make stale. The caches are on only
/// while it listens: from the moment LISTEN is in place (they start empty) until the connection fails (they are emptied
/// and off until it is back).</item>
/// </list>
/// </summary>
public sealed partial class ChangeListener(
    IServiceScopeFactory scopes,
    RecordCaches caches,
    OutboxDispatcher dispatcher,
    IOptions<OutboxOptions> options,
    IOptions<CachingOptions> caching,
    ILogger<ChangeListener> logger)
    : BackgroundService
{
    /// <summary>The channel notified when API keys are issued, revoked or changed.</summary>
    public const string KeysChannel = "api_keys";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cache = caching.Value.Enabled;
        if (!cache && !options.Value.Enabled)
        {
            return;
        }

        string connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()!;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, cache, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                caches.Enable(false);
                LogListenFailed(logger, ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            finally
            {
                caches.Enable(false);
            }
        }
    }

    private async Task ListenAsync(string connectionString, bool cache, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        var events = false;
        var keys = false;
        connection.Notification += (_, e) =>
        {
            if (e.Channel == KeysChannel)
            {
                keys = true;
            }
            else
            {
                events = cache;
                dispatcher.Wake();
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {OutboxEventConfiguration.Channel}; LISTEN {KeysChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        long seen;
        await using (var max = new NpgsqlCommand("SELECT coalesce(max(position), 0) FROM outbox_events", connection))
        {
            seen = (long)(await max.ExecuteScalarAsync(stoppingToken))!;
        }

        dispatcher.Wake(); // events committed while nobody listened
        caches.Enable(cache); // every change committed from now on is heard
        await using var next = new NpgsqlCommand("SELECT position, type, subject FROM outbox_events WHERE position > $1 ORDER BY position", connection);
        var after = new NpgsqlParameter<long> { TypedValue = seen };
        next.Parameters.Add(after);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!events && !keys)
            {
                await connection.WaitAsync(stoppingToken);
            }

            if (keys)
            {
                keys = false;
                caches.KeysChanged();
            }

            if (events)
            {
                events = false;
                after.TypedValue = seen;
                await using var reader = await next.ExecuteReaderAsync(stoppingToken);
                while (await reader.ReadAsync(stoppingToken))
                {
                    seen = reader.GetInt64(0);
                    caches.Changed(reader.GetString(1), reader.GetGuid(2));
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for changes failed; the read caches are off and the outbox's consumers poll until it is back")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
