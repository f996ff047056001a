using System.Globalization;
using System.Text.Json.Nodes;

namespace IkmMatch.Api.IntegrationTests.Infrastructure;

/// <summary>Procurement-need request bodies for tests, as a client would write them.</summary>
public static class NeedTestData
{
    /// <summary>Today in UTC, the calendar the API's date rules use.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A needed-by date safely in the future: today + 180 days unless told otherwise.</summary>
    public static DateOnly InDays(int days = 180) => Today.AddDays(days);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Need(
        Guid industryId,
        string kbli = "25111",
        string title = "Fabrikasi rak gudang",
        string? description = "Rak baja untuk gudang",
        string[]? keywords = null,
        decimal monthlyVolume = 10,
        string unit = "ton",
        string[]? required = null,
        string[]? preferred = null,
        decimal? minTkdnPercent = null,
        long? budget = 500_000_000,
        DateOnly? neededBy = null,
        bool allowPartialSupply = false) => new()
        {
            ["industryId"] = industryId.ToString(),
            ["title"] = title,
            ["description"] = description,
            ["kbli"] = kbli,
            ["keywords"] = new JsonArray([.. (keywords ?? ["las", "baja"]).Select(k => (JsonNode?)k)]),
            ["monthlyVolume"] = monthlyVolume,
            ["unit"] = unit,
            ["requiredCertifications"] = new JsonArray([.. (required ?? []).Select(c => (JsonNode?)c)]),
            ["preferredCertifications"] = new JsonArray([.. (preferred ?? []).Select(c => (JsonNode?)c)]),
            ["minTkdnPercent"] = minTkdnPercent,
            ["budget"] = budget,
            ["neededBy"] = Iso(neededBy ?? InDays()),
            ["allowPartialSupply"] = allowPartialSupply,
        };

    /// <summary>A capability with a name and description of the test's choosing (TestData.Capability fixes them).</summary>
    public static JsonObject Capability(string kbli, decimal capacity, string unit, string name, string? description = null) => new()
    {
        ["kbli"] = kbli,
        ["name"] = name,
        ["description"] = description,
        ["monthlyCapacity"] = capacity,
        ["unit"] = unit,
    };
}
