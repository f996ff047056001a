using System.Collections.Concurrent;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>
/// The API over a database of its own, like <see cref="ApiFactory"/>, with configuration a subclass sets in its
/// constructor, every log line captured at Trace level, and optionally on Kestrel (a loopback port) instead of in memory.
/// </summary>
public abstract class AuthApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databaseName = $"ikmmatch_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Configuration on top of the test defaults, set before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Every log line the host wrote, at every level.</summary>
    public AuthLogSink Logs { get; } = new();

    /// <summary>Whether the host runs on Kestrel, so that the headers a real server writes can be seen.</summary>
    protected virtual bool OnKestrel => false;

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync(_databaseName);
        if (OnKestrel)
        {
            UseKestrel(0);
        }

        StartServer();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_databaseName);
        GC.SuppressFinalize(this);
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient CreateAnonymousClient() => CreateClient().WithKey(null);

    /// <summary>A client that sends <paramref name="apiKey"/>.</summary>
    public HttpClient CreateClient(string apiKey) => CreateClient().WithKey(apiKey);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        TestAuth.AsAdmin(client);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:IkmMatch", ConnectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
        TestAuth.Apply(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter<AuthLogSink>(null, LogLevel.Trace);
        });
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

/// <summary>A logger provider that keeps every line: category, formatted message and exception text.</summary>
[ProviderAlias("AuthLogSink")]
public sealed class AuthLogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            lines.Enqueue($"Scope {category} {state} {{{properties}}}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            lines.Enqueue($"{logLevel} {category} [{eventId.Name}] {formatter(state, exception)} {{{properties}}} {exception}");
        }
    }
}
