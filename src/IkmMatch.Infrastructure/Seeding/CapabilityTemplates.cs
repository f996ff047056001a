using System.Globalization;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>
/// A kind of work a demo IKM can offer, phrased the way an IKM writes it in its registration: a KBLI code,
/// a short name, a description, and the monthly capacity range (in the KBLI's unit) a micro business at the
/// low end and an 80-worker business at the high end would state. <see cref="Cluster"/> groups work that
/// one business typically does together (a metal workshop also does repair; a caterer also bakes snacks).
/// </summary>
internal sealed record CapabilityTemplate(
    string Cluster,
    KbliEntry Kbli,
    int Weight,
    string Name,
    string Description,
    decimal CapacityMin,
    decimal CapacityMax);

/// <summary>
/// The capability templates of the demo data, read from <c>Data/ikm-capability-templates.csv</c>
/// (columns cluster, kbli, weight, name, description, capacity_min, capacity_max). Weights say how common
/// the work is among Cilegon's IKM. The KBLI list is the authority: a template whose code is not in it is
/// skipped, and a code without a template gets a plain one from its Indonesian title.
/// </summary>
internal sealed class CapabilityTemplateSet
{
    public const string ResourceName = "IkmMatch.Infrastructure.Seeding.Data.ikm-capability-templates.csv";

    /// <summary>Cluster of the plain templates made for KBLI codes the template file does not cover.</summary>
    public const string OtherCluster = "lainnya";

    private CapabilityTemplateSet(IReadOnlyList<CapabilityTemplate> templates, IReadOnlyList<string> skippedCodes)
    {
        Templates = templates;
        SkippedCodes = skippedCodes;
        ByCluster = templates.GroupBy(t => t.Cluster, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CapabilityTemplate>)[.. g], StringComparer.Ordinal);
    }

    public IReadOnlyList<CapabilityTemplate> Templates { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<CapabilityTemplate>> ByCluster { get; }

    /// <summary>KBLI codes named in the template file but absent from the KBLI list.</summary>
    public IReadOnlyList<string> SkippedCodes { get; }

    public static CapabilityTemplateSet LoadEmbedded(KbliCatalog catalog) =>
        SeedResources.Read(ResourceName, (reader, source) => Parse(catalog, reader, source));

    public static CapabilityTemplateSet Parse(KbliCatalog catalog, TextReader reader, string source)
    {
        var templates = new List<CapabilityTemplate>();
        var skipped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var record in CsvReader.ReadRecords(reader, source))
        {
            var code = record.Required("kbli");
            if (!catalog.TryGet(code, out var kbli))
            {
                skipped.Add(code);
                continue;
            }

            var weight = ParseInt(record, "weight", source);
            var (defaultMin, defaultMax) = DefaultCapacityRange(kbli.Unit);
            var min = ParseDecimal(record, "capacity_min", source) ?? defaultMin;
            var max = ParseDecimal(record, "capacity_max", source) ?? defaultMax;
            if (weight <= 0 || min <= 0 || max < min)
            {
                throw new InvalidDataException(
                    $"{source} line {record.Line}: weight must be positive and 0 < capacity_min <= capacity_max.");
            }

            templates.Add(new CapabilityTemplate(
                record.Required("cluster"), kbli, weight, record.Required("name"), record.Required("description"), min, max));
        }

        foreach (var kbli in catalog.Entries.Where(e => templates.TrueForAll(t => t.Kbli.Code != e.Code)))
        {
            var (min, max) = DefaultCapacityRange(kbli.Unit);
            templates.Add(new CapabilityTemplate(OtherCluster, kbli, 1, kbli.TitleId, $"{kbli.TitleId}.", min, max));
        }

        return new CapabilityTemplateSet(templates, [.. skipped]);
    }

    /// <summary>What one IKM plausibly makes or does in a month, per unit, when a template states no range.</summary>
    public static (decimal Min, decimal Max) DefaultCapacityRange(CapacityUnit unit) => unit switch
    {
        CapacityUnit.Pcs => (100, 5_000),
        CapacityUnit.Kg => (200, 5_000),
        CapacityUnit.Ton => (2, 50),
        CapacityUnit.Litre => (500, 10_000),
        CapacityUnit.M2 => (500, 20_000),
        CapacityUnit.M3 => (20, 500),
        CapacityUnit.Set => (5, 100),
        CapacityUnit.Unit => (5, 50),
        CapacityUnit.Pax => (500, 10_000),
        CapacityUnit.Hour => (160, 1_600),
        _ => (1, 100),
    };

    private static int ParseInt(CsvRecord record, string column, string source) =>
        int.TryParse(record.Required(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{source} line {record.Line}: '{column}' is not a whole number.");

    private static decimal? ParseDecimal(CsvRecord record, string column, string source)
    {
        var text = record.Optional(column);
        if (text is null)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{source} line {record.Line}: '{column}' is not a number.");
    }
}
