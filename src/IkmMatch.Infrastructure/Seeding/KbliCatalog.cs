using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>One KBLI 2020 sub-class that Cilegon's IKM supply, with the unit its capacity is stated in.</summary>
internal sealed record KbliEntry(
    string Code,
    string TitleId,
    string TitleEn,
    string Section,
    string TypicalProducts,
    CapacityUnit Unit)
{
    /// <summary>The 2-digit division (<i>golongan pokok</i>) that matching compares first.</summary>
    public string Division => Code[..2];

    /// <summary>Section C of KBLI: manufacturing (<i>industri pengolahan</i>), the side that can hold TKDN and SNI product certificates.</summary>
    public bool IsManufacturing => Section == "C";

    /// <summary>Food and drink, including catering: the products that need a Halal certificate.</summary>
    public bool IsFood => Division is "10" or "11" or "56";
}

/// <summary>
/// The KBLI codes of the demo data, read from <c>Data/kbli-cilegon.csv</c> (columns kbli, title_id, title_en,
/// section, typical_products, unit). The list is data, so a newer KBLI edition replaces the file, not code.
/// </summary>
internal sealed class KbliCatalog
{
    public const string ResourceName = "IkmMatch.Infrastructure.Seeding.Data.kbli-cilegon.csv";

    private readonly Dictionary<string, KbliEntry> _byCode;

    private KbliCatalog(IReadOnlyList<KbliEntry> entries)
    {
        Entries = entries;
        _byCode = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<KbliEntry> Entries { get; }

    public static KbliCatalog LoadEmbedded() => SeedResources.Read(ResourceName, Parse);

    public static KbliCatalog Parse(TextReader reader, string source)
    {
        var entries = new List<KbliEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in CsvReader.ReadRecords(reader, source))
        {
            var code = record.Required("kbli");
            if (code.Length != 5 || !code.All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"{source} line {record.Line}: KBLI '{code}' is not 5 digits.");
            }

            if (!seen.Add(code))
            {
                throw new InvalidDataException($"{source} line {record.Line}: KBLI {code} is listed twice.");
            }

            var unitText = record.Required("unit");
            var unit = SeedResources.ParseUnit(unitText)
                ?? throw new InvalidDataException(
                    $"{source} line {record.Line}: unit '{unitText}' is not one of {string.Join(", ", Enum.GetNames<CapacityUnit>().Select(n => n.ToLowerInvariant()))}.");

            entries.Add(new KbliEntry(
                code,
                record.Required("title_id"),
                record.Optional("title_en") ?? string.Empty,
                record.Required("section"),
                record.Optional("typical_products") ?? string.Empty,
                unit));
        }

        return entries.Count == 0
            ? throw new InvalidDataException($"{source} lists no KBLI codes.")
            : new KbliCatalog(entries);
    }

    public bool TryGet(string code, out KbliEntry entry) => _byCode.TryGetValue(code, out entry!);
}
