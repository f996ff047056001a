using System.Globalization;
using System.Threading.RateLimiting;
using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Domain.Common;

namespace IkmMatch.Api.Http;

/// <summary>
/// Requests per caller (section <c>RateLimiting</c>): a token bucket per authenticated caller, or per client address
/// for requests without valid credentials. Over the limit is a 429 problem with <c>Retry-After</c>. Health checks
/// are exempt.
/// </summary>
internal sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; init; } = true;

    /// <summary>The burst a caller may send at once.</summary>
    public int TokenLimit { get; init; } = 600;

    /// <summary>The sustained requests per second per caller.</summary>
    public int TokensPerSecond { get; init; } = 100;
}

internal static class RateLimits
{
    public static IServiceCollection AddIkmMatchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        if (settings.TokenLimit < 1 || settings.TokensPerSecond < 1)
        {
            throw new InvalidOperationException("RateLimiting:TokenLimit and RateLimiting:TokensPerSecond must be 1 or more.");
        }

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!settings.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var partition = context.User.Identity?.IsAuthenticated == true
                    ? context.RequestServices.GetRequiredService<ICurrentActor>().Subject
                    : "address:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.TokenLimit,
                    TokensPerPeriod = settings.TokensPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
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
                    new Text("problem.tooManyRequests", settings.TokenLimit, settings.TokensPerSecond, retryAfter));
            };
        });
        return services;
    }
}
