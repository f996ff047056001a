using IkmMatch.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace IkmMatch.Api.OpenApi;

/// <summary>Documents the <c>Idempotency-Key</c> header on the creates that honour it.</summary>
internal sealed class IdempotencyHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentCreateMetadata>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "Any unique string (a UUID is a good choice), 1–255 visible ASCII characters. Retrying with the same key and the same body within 24 hours replays the first response (with Idempotent-Replayed: true) and creates nothing; the same key with a different body is a 422; while the first request is still running, 409.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyMiddleware.MaxKeyLength },
        });
    }
}
