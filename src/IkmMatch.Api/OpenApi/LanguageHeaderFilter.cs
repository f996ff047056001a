using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace IkmMatch.Api.OpenApi;

/// <summary>Documents <c>Accept-Language</c> on every operation, and <c>Content-Language</c> on every answer.</summary>
internal sealed class LanguageHeaderFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The language of explanations, unmet requirements, report labels, problem titles and details and validation messages: `id` (Bahasa Indonesia) or `en` (English); regional tags such as `id-ID` or `en-US` and quality values are understood. Without either, the installation's default (`Localization:DefaultLanguage`, `id` at Disperindag). Numbers, dates and money in those texts are written as the language writes them (Rp 24.000.000, 30 Desember 2026); data fields, codes (`certification:SNI`), field paths and enum values are the same in every language.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["id", "en"] },
            Example = "id",
        });

        if (operation.Responses is null)
        {
            return;
        }

        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            response.Headers.TryAdd("Content-Language", new OpenApiHeader
            {
                Description = "The language the texts of this answer are in: `id` or `en` (the answer varies with Accept-Language).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["id", "en"] },
            });
        }
    }
}
