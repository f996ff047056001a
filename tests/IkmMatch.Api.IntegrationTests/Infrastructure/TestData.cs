using System.Text.Json.Nodes;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>Request bodies for tests, as a client would write them. NIBs are unique per call.</summary>
public static class TestData
{
    private static long _nib = 9_100_000_000_000 + (Random.Shared.NextInt64(0, 100_000) * 1000);

    public static string NewNib() => Interlocked.Increment(ref _nib).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Ikm(
        string? nib = null,
        string name = "CV Baja Las Mandiri",
        string kecamatan = "Ciwandan",
        JsonArray? capabilities = null,
        JsonArray? certifications = null) => new()
        {
            ["nib"] = nib ?? NewNib(),
            ["name"] = name,
            ["ownerName"] = "Siti Rahma",
            ["email"] = "siti@contoh.id",
            ["phone"] = "+62 812 1111 2222",
            ["address"] = "Jl. Raya Anyer 12",
            ["kecamatan"] = kecamatan,
            ["workforce"] = 12,
            ["capabilities"] = capabilities ?? new JsonArray(Capability()),
            ["certifications"] = certifications ?? new JsonArray(Certification()),
        };

    public static JsonObject Capability(string kbli = "25111", decimal capacity = 20, string unit = "ton") => new()
    {
        ["kbli"] = kbli,
        ["name"] = "Fabrikasi baja struktur",
        ["description"] = "pengelasan dan fabrikasi baja struktur",
        ["monthlyCapacity"] = capacity,
        ["unit"] = unit,
    };

    public static JsonObject Certification(string type = "ISO9001", string? validUntil = "2030-12-31", decimal? tkdnPercent = null) => new()
    {
        ["type"] = type,
        ["number"] = "QMS-778",
        ["issuer"] = "LSPro X",
        ["validUntil"] = validUntil,
        ["tkdnPercent"] = tkdnPercent,
    };

    public static JsonObject Industry(string? nib = null, string name = "PT Baja Nusantara", string sector = "Baja", string kecamatan = "Citangkil") => new()
    {
        ["nib"] = nib ?? NewNib(),
        ["name"] = name,
        ["sector"] = sector,
        ["kecamatan"] = kecamatan,
        ["address"] = "Jl. Industri 5",
        ["contactName"] = "Budi",
        ["email"] = "pengadaan@contoh.id",
        ["phone"] = "+62 254 000",
    };
}
