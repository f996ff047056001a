using System.Collections.Concurrent;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Api.IntegrationTests.Outbox;

/// <summary>The API with a consumer that records what the dispatcher hands it; the background dispatcher is off unless a subclass turns it on.</summary>
public class OutboxFactory : ApiFactory
{
    public OutboxFactory()
    {
        Settings["Outbox:Enabled"] = BackgroundDispatch ? "true" : "false";
    }

    public RecordingLog Log { get; } = new();

    protected virtual bool BackgroundDispatch => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Log);
            services.AddScoped<IOutboxConsumer, RecordingConsumer>();
        });
    }
}

/// <summary>The same with the dispatcher running in the background, woken by the database's notifications.</summary>
public sealed class BackgroundOutboxFactory : OutboxFactory
{
    protected override bool BackgroundDispatch => true;
}

/// <summary>
/// The same where a request's statements may take 1 s at most (<c>Database:StatementTimeoutSeconds</c>), and background
/// work the default.
/// </summary>
public sealed class ShortTimeoutOutboxFactory : OutboxFactory
{
    public ShortTimeoutOutboxFactory()
    {
        Settings["Database:StatementTimeoutSeconds"] = "1";
    }
}

/// <summary>What <see cref="RecordingConsumer"/> was handed, and ways to make it fail or take long.</summary>
public sealed class RecordingLog
{
    private readonly ConcurrentQueue<OutboxEvent> _handled = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    public IReadOnlyList<OutboxEvent> Handled => [.. _handled];

    /// <summary>When set, the consumer throws on the batch that holds this position (once).</summary>
    public long? FailAt { get; set; }

    /// <summary>When set, the consumer spends this long in one statement on the batch that holds <see cref="SlowAt"/>.</summary>
    public (long Position, TimeSpan Duration)? SlowAt { get; set; }

    public void Add(OutboxEvent e)
    {
        _handled.Enqueue(e);
        if (_waiting.TryGetValue(e.Subject, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>Completes when an event about <paramref name="subject"/> is handed to the consumer.</summary>
    public Task HandledAsync(Guid subject)
    {
        var waiter = _waiting.GetOrAdd(subject, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_handled.Any(e => e.Subject == subject))
        {
            waiter.TrySetResult();
        }

        return waiter.Task;
    }
}

internal sealed class RecordingConsumer(RecordingLog log, AppDbContext db) : IOutboxConsumer
{
    public string Name => "test-recorder";

    public async ValueTask HandleAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        if (log.SlowAt is { } slow && events.Any(e => e.Position == slow.Position))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_sleep({slow.Duration.TotalSeconds})", cancellationToken);
        }

        if (log.FailAt is { } position && events.Any(e => e.Position == position))
        {
            log.FailAt = null;
            throw new InvalidOperationException($"Failing the batch with position {position} on purpose.");
        }

        foreach (var e in events)
        {
            log.Add(e);
        }
    }
}
