using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace IkmMatch.Api.OpenApi;

/// <summary>
/// Every operation that takes a body can be refused for it, whatever the endpoint declares: 413 over
/// <see cref="RequestLimits.MaxBodyBytes"/> (BodySizeLimitMiddleware checks every request) and 415 for a body that is
/// not JSON. Documents whichever of the two an endpoint did not declare itself.
/// </summary>
internal sealed class BodyProblemsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is null)
        {
            return;
        }

        operation.Responses ??= [];
        foreach (var (status, description) in new[] { ("413", "Content Too Large"), ("415", "Unsupported Media Type") })
        {
            if (operation.Responses.ContainsKey(status))
            {
                continue;
            }

            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
                },
            };
        }
    }
}
