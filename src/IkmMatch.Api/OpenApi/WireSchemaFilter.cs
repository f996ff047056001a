using System.Text.Json.Nodes;
using IkmMatch.Application.Ikms;
using IkmMatch.Application.Industries;
using IkmMatch.Domain.Registry;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace IkmMatch.Api.OpenApi;

/// <summary>Makes schemas say what the wire carries: lower-case units, and a realistic example for each request body.</summary>
internal sealed class WireSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string> Examples = new()
    {
        [typeof(IkmRequest)] = """
            { "nib": "9120001234567", "name": "CV Baja Las Mandiri", "ownerName": "Siti Rahma",
              "email": "siti@contoh.id", "phone": "+62 812 1111 2222", "address": "Jl. Raya Anyer 12",
              "kecamatan": "Ciwandan", "workforce": 12,
              "capabilities": [ { "kbli": "25111", "name": "Fabrikasi baja struktur",
                                  "description": "pengelasan dan fabrikasi baja struktur",
                                  "monthlyCapacity": 20, "unit": "ton" } ],
              "certifications": [ { "type": "ISO9001", "number": "QMS-778", "issuer": "LSPro X",
                                    "validUntil": "2027-12-31", "tkdnPercent": null } ] }
            """,
        [typeof(IndustryRequest)] = """
            { "nib": "8120009876543", "name": "PT Baja Nusantara", "sector": "Baja", "kecamatan": "Citangkil",
              "address": "Jl. Industri 5", "contactName": "Budi", "email": "pengadaan@contoh.id", "phone": "+62 254 000" }
            """,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (context.Type == typeof(CapacityUnit))
        {
            concrete.Enum = [.. Enum.GetNames<CapacityUnit>().Select(n => (JsonNode)JsonValue.Create(n.ToLowerInvariant()))];
        }

        if (Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Example = JsonNode.Parse(example);
        }
    }
}
