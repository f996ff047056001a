using IkmMatch.Domain.Common;
using Microsoft.OpenApi;

namespace IkmMatch.Api.OpenApi;

internal static class OpenApiSetup
{
    public const string DocumentName = "v1";

    private static readonly string[] XmlDocumentationFiles = ["IkmMatch.Api.xml", "IkmMatch.Application.xml", "IkmMatch.Domain.xml"];

    public static IServiceCollection AddIkmMatchOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "IkmMatch API",
                Version = "v1",
                Description = """
                    Partnership (kemitraan) matchmaking for Dinas Perindustrian dan Perdagangan Kota Cilegon: the registry of
                    small and medium industries (IKM) and large industries, their procurement needs, explained match scores and
                    the partnerships that result. JSON in camelCase, enums as strings, dates ISO 8601, money in whole rupiah.
                    Errors are RFC 9457 problems (application/problem+json) with a traceId. Single resources carry an ETag;
                    updates honour If-Match. Every call needs credentials: an API key in X-Api-Key (or a bearer token
                    where configured); what a caller may do depends on its role (admin, integration, industry, ikm)
                    and, for industry and ikm callers, on the record being theirs. Requests are rate-limited per caller
                    (429 with Retry-After). Explanations, unmet requirements, report labels, problems and validation
                    messages are in the language asked for with Accept-Language: id (Bahasa Indonesia, the default) or en;
                    the answer says which in Content-Language.
                    """,
                Contact = new OpenApiContact
                {
                    Name = "Disperindag Kota Cilegon — IkmMatch",
                    Email = "ikmmatch@cilegon.go.id",
                    Url = new Uri("https://cilegon.go.id"),
                },
                License = new OpenApiLicense { Name = "Proprietary — Pemerintah Kota Cilegon" },
            });

            foreach (var xml in XmlDocumentationFiles)
            {
                var path = Path.Combine(AppContext.BaseDirectory, xml);
                if (File.Exists(path))
                {
                    options.IncludeXmlComments(path);
                }
            }

            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<WireSchemaFilter>();
            options.OperationFilter<BodyProblemsFilter>();
            options.OperationFilter<IdempotencyHeaderFilter>();
            options.OperationFilter<LanguageHeaderFilter>();
            options.MapType<Text>(() => new OpenApiSchema { Type = JsonSchemaType.String, Description = "Words for people, in the language of the answer (Content-Language)." });
            options.OperationFilter<SecurityFilter>();
            SecurityFilter.AddSchemes(options);
        });
        return services;
    }

    /// <summary><c>OpenApi:ServerUrl</c> when set; else the first address the server listens on (a wildcard host read as localhost).</summary>
    private static string ServerUrl(WebApplication app)
    {
        if (app.Configuration["OpenApi:ServerUrl"] is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var address = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return "http://localhost";
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}";
    }

    public static WebApplication UseIkmMatchOpenApi(this WebApplication app)
    {
        // The server named in the document comes from configuration or the addresses the API listens on, never from the
        // request's Host header, which any client sets.
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, _) =>
            document.Servers = [new OpenApiServer { Url = ServerUrl(app), Description = "This server" }]));
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "IkmMatch API v1");
            options.RoutePrefix = "swagger";
            options.DocumentTitle = "IkmMatch API";
            options.DisplayRequestDuration();
            options.EnablePersistAuthorization();
        });
        return app;
    }
}
