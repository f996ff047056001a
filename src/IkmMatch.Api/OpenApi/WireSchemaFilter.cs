using System.Text.Json;
using System.Text.Json.Nodes;
using IkmMatch.Application.Access;
using IkmMatch.Application.ApiKeys;
using IkmMatch.Application.Ikms;
using IkmMatch.Application.Industries;
using IkmMatch.Application.Programmes;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Programmes;
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
        [typeof(ApiKeyRequest)] = """
            { "name": "Portal IKM CV Baja Las Mandiri", "role": "ikm", "ikmId": "0196a3b2-7c4e-7d10-9a51-3f2c8e1d4b60" }
            """,
        [typeof(IndustryRequest)] = """
            { "nib": "8120009876543", "name": "PT Baja Nusantara", "sector": "Baja", "kecamatan": "Citangkil",
              "address": "Jl. Industri 5", "contactName": "Budi", "email": "pengadaan@contoh.id", "phone": "+62 254 000" }
            """,
        [typeof(ProgrammeRequest)] = """
            { "kind": "certificationFacilitation", "title": "Fasilitasi SNI baja struktur untuk IKM fabrikasi",
              "description": "Pendampingan dokumen mutu, uji produk dan biaya sertifikasi SNI",
              "organiserIndustryId": null, "startDate": "2027-02-01", "endDate": "2027-05-31",
              "seats": 20, "budget": 250000000, "certifications": [ "SNI" ], "kbliDivisions": [ "25" ],
              "topics": [ "sistem manajemen mutu", "uji produk" ] }
            """,
        [typeof(EnrolmentRequest)] = """
            { "ikmId": "0196a3b2-7c4e-7d10-9a51-3f2c8e1d4b60" }
            """,
        [typeof(EnrolmentOutcomeRequest)] = """
            { "certificate": { "type": "SNI", "number": "SNI-8052-2027-014", "issuer": "LSPro Baristand Banten",
                               "validUntil": "2031-05-31", "tkdnPercent": null },
              "workforceAfter": 15, "note": "lulus audit kesesuaian" }
            """,
        [typeof(AttendanceRequest)] = """
            { "attendancePercent": 90 }
            """,
        [typeof(CancelProgrammeRequest)] = """
            { "reason": "anggaran dialihkan" }
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

        if (context.Type == typeof(ProgrammeKind))
        {
            concrete.Enum = [.. Enum.GetNames<ProgrammeKind>().Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n)))];
        }

        if (context.Type == typeof(Role))
        {
            concrete.Enum = [.. Enum.GetValues<Role>().Select(r => (JsonNode)JsonValue.Create(RoleNames.ToWire(r)))];
        }

        if (Examples.TryGetValue(context.Type, out var example))
        {
            concrete.Example = JsonNode.Parse(example);
        }
    }
}
