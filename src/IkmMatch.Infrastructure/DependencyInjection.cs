using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Caching;
using IkmMatch.Application.Common.Outbox;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Matching.Rankings;
using IkmMatch.Application.Reports;
using IkmMatch.Application.Webhooks;
using IkmMatch.Infrastructure.Idempotency;
using IkmMatch.Infrastructure.Matching;
using IkmMatch.Infrastructure.Outbox;
using IkmMatch.Infrastructure.Persistence;
using IkmMatch.Infrastructure.Reports;
using IkmMatch.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IkmMatch.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "IkmMatch";

    /// <summary>Registers PostgreSQL persistence from <c>ConnectionStrings:IkmMatch</c>.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"Connection string '{ConnectionStringName}' is not configured. Set ConnectionStrings__{ConnectionStringName}.");

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.Check();
        connectionString = database.Apply(connectionString);
        services.AddDbContext<AppDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .CommandTimeout(database.CommandTimeoutSeconds))
            .UseSnakeCaseNamingConvention()
            // A failed statement surfaces as an exception that the API answers and logs once (a 503 in one line when the
            // database is unavailable); EF's own error-level copies of it would log every outage twice more.
            .ConfigureWarnings(w => w.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug))),
            // The options are built once: built per request, EF compares them with the cached ones on every context.
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<IReportQueries, ReportQueries>();
        services.AddScoped<IMatchCandidateSearch, MatchCandidateSearch>();
        services.AddScoped<IRankingStore, RankingStore>();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));

        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        outbox.Check();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDispatcher>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        var rankings = configuration.GetSection(RankingOptions.Section).Get<RankingOptions>() ?? new RankingOptions();
        rankings.Check();
        services.AddOptions<RankingOptions>().Bind(configuration.GetSection(RankingOptions.Section));
        services.AddSingleton<RankingBackfill>();
        services.AddSingleton<IRankingBackfill>(sp => sp.GetRequiredService<RankingBackfill>());
        services.AddHostedService(sp => sp.GetRequiredService<RankingBackfill>());

        services.AddOptions<CachingOptions>().Bind(configuration.GetSection(CachingOptions.Section));
        services.AddHostedService<ChangeListener>();
        services.AddHostedService<OpenNeedCatalogWarmUp>();
        services.AddSingleton(TimeProvider.System);

        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.PollMilliseconds >= 10 && o.TimeoutSeconds >= 1 && o.DisableAfterDays >= 1 && o.PreviousSecretHours >= 0, "Webhooks settings are out of range.")
            .ValidateOnStart();
        services.AddScoped<IWebhookTargets, WebhookTargets>();
        services.AddScoped<IOutboxConsumer, WebhookFanOut>();
        services.AddHostedService<WebhookSender>();
        return services;
    }
}
