using System.Globalization;
using System.Threading.RateLimiting;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Common;

namespace IkmMatch.Api.Http;

/// <summary>
/// Requests per caller (section <c>RateLimiting</c>): a token bucket per authenticated caller, or per client address
/// for requests without valid credentials; the costly routes (matches, opportunities, reports) have a second, smaller
/// bucket per caller of their own, so that they cannot crowd out cheap reads. Over a limit is a 429 problem with
/// <c>Retry-After</c>. Health checks are exempt.
/// </summary>
internal sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; init; } = true;

    /// <summary>The burst a caller may send at once.</summary>
    public int TokenLimit { get; init; } = 600;

    /// <summary>The sustained requests per second per caller.</summary>
    public int TokensPerSecond { get; init; } = 100;

    /// <summary>The routes that rank or aggregate (matches, opportunities, reports), limited per caller on top of the above.</summary>
    public CostlySettings Costly { get; init; } = new();

    internal sealed class CostlySettings
    {
        public int TokenLimit { get; init; } = 10;

        public int TokensPerSecond { get; init; } = 2;
    }
}

internal static class RateLimits
{
    /// <summary>The policy of routes whose cost grows with the registry: matches, opportunities, reports.</summary>
    public const string CostlyPolicy = "costly";

    /// <summary>Limits the route per caller as a costly one (<see cref="CostlyPolicy"/>), on top of the limit every route has.</summary>
    public static RouteHandlerBuilder AsCostly(this RouteHandlerBuilder builder) => builder.RequireRateLimiting(CostlyPolicy);

    private static string Partition(HttpContext context) => context.User.Identity?.IsAuthenticated == true
        ? context.RequestServices.GetRequiredService<ICurrentActor>().Subject
        : "address:" + context.Connection.RemoteIpAddress;

    public static IServiceCollection AddIkmMatchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (settings.TokenLimit < 1 || settings.TokensPerSecond < 1 || settings.Costly.TokenLimit < 1 || settings.Costly.TokensPerSecond < 1)
        {
            throw new InvalidOperationException("RateLimiting:TokenLimit, :TokensPerSecond, :Costly:TokenLimit and :Costly:TokensPerSecond must be 1 or more.");
        }

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!settings.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                return RateLimitPartition.GetTokenBucketLimiter(Partition(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.TokenLimit,
                    TokensPerPeriod = settings.TokensPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.AddPolicy(CostlyPolicy, context => settings.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(Partition(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Costly.TokenLimit,
                    TokensPerPeriod = settings.Costly.TokensPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                    : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(
                    context.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    "Too many requests",
                    IsCostly(context.HttpContext)
                        ? new Text("problem.tooManyRequests.costly", settings.TokenLimit, settings.TokensPerSecond, settings.Costly.TokenLimit, settings.Costly.TokensPerSecond, retryAfter)
                        : new Text("problem.tooManyRequests", settings.TokenLimit, settings.TokensPerSecond, retryAfter));
            };
        });
        return services;
    }

    private static bool IsCostly(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == CostlyPolicy;
}
