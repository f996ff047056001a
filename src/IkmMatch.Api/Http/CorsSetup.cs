namespace IkmMatch.Api.Http;

/// <summary>
/// Cross-origin calls from browsers only for the origins listed in <c>Cors:AllowedOrigins</c>; none by default, in
/// which case no CORS header is ever sent.
/// </summary>
internal static class CorsSetup
{
    private const string Section = "Cors:AllowedOrigins";

    public static IServiceCollection AddIkmMatchCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>() ?? [];
        if (origins.Length > 0)
        {
            services.AddCors(options => options.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "DELETE")
                .WithHeaders("Content-Type", "X-Api-Key", "Authorization", "If-Match", "Idempotency-Key")
                .WithExposedHeaders("ETag", "Location", "Retry-After", "Idempotent-Replayed")));
        }

        return services;
    }

    public static WebApplication UseIkmMatchCors(this WebApplication app)
    {
        if ((app.Configuration.GetSection(Section).Get<string[]>() ?? []).Length > 0)
        {
            app.UseCors();
        }

        return app;
    }
}
