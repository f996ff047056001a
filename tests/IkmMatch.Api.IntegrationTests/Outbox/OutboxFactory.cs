using System.Collections.Concurrent;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Outbox;
using Microsoft.AspNetCore.Hosting;
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

/// <summary>What <see cref="RecordingConsumer"/> was handed, and a way to make it fail.</summary>
public sealed class RecordingLog
{
    private readonly ConcurrentQueue<OutboxEvent> _handled = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    public IReadOnlyList<OutboxEvent> Handled => [.. _handled];

    /// <summary>When set, the consumer throws on the batch that holds this position (once).</summary>
    public long? FailAt { get; set; }

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

internal sealed class RecordingConsumer(RecordingLog log) : IOutboxConsumer
{
    public string Name => "test-recorder";

    public ValueTask HandleAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        if (log.FailAt is { } position && events.Any(e => e.Position == position))
        {
            log.FailAt = null;
            throw new InvalidOperationException($"Failing the batch with position {position} on purpose.");
        }

        foreach (var e in events)
        {
            log.Add(e);
        }

        return ValueTask.CompletedTask;
    }
}
