using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Application.Reports;
using IkmMatch.Infrastructure.Idempotency;
using IkmMatch.Infrastructure.Matching;
using IkmMatch.Infrastructure.Persistence;
using IkmMatch.Infrastructure.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

        services.AddDbContext<AppDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped<IReportQueries, ReportQueries>();
        services.AddScoped<IMatchCandidateSearch, MatchCandidateSearch>();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
