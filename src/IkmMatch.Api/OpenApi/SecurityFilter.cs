using IkmMatch.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace IkmMatch.Api.OpenApi;

/// <summary>
/// Every operation that needs credentials says so: an API key (<c>X-Api-Key</c>) or a bearer token, and the 401
/// (no or bad credentials), 403 (the role or the record is not the caller's) and 429 (over the caller's rate) it can
/// answer. Swagger UI shows both schemes under "Authorize".
/// </summary>
internal sealed class SecurityFilter : IOperationFilter
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "Bearer";

    public static void AddSchemes(SwaggerGenOptions options)
    {
        options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An API key issued by a Disperindag admin (POST /api/v1/api-keys). `build/run.sh` prints a local admin key.",
        });
        options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token of the government's identity provider, where this installation accepts them (Auth:Jwt): claims `sub`, `role`, and `ikm_id` or `industry_id`.",
        });
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
        ];
        operation.Responses ??= [];
        foreach (var (status, description) in new[] { ("401", "Unauthorized"), ("403", "Forbidden"), ("429", "Too Many Requests") })
        {
            operation.Responses.TryAdd(status, new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
                },
            });
        }
    }
}
