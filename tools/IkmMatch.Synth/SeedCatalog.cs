using System.Globalization;
using System.Text;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;

namespace IkmMatch.Synth;

/// <summary>One KBLI sub-class of the demo data's catalogue, with the unit its capacity is stated in.</summary>
internal sealed record Kbli(string Code, string Title, string Section, CapacityUnit Unit)
{
    public string Division => Code[..2];

    public bool IsManufacturing => Section == "C";

    public bool IsFood => Division is "10" or "11" or "56";
}

/// <summary>A kind of work an IKM offers (a row of the demo's capability templates), with how common it is.</summary>
internal sealed record Template(string Cluster, Kbli Kbli, int Weight, string Name, string Description, decimal CapacityMin, decimal CapacityMax);

/// <summary>
/// The KBLI catalogue and capability templates of the demo data, read from the CSV files embedded in
/// IkmMatch.Infrastructure (<c>Seeding/Data/kbli-cilegon.csv</c>, <c>ikm-capability-templates.csv</c>), so the
/// synthetic registry has the demo's KBLI divisions, units, capacity ranges and their weights. As in the demo, a
/// KBLI code without a template gets a plain one from its title.
/// </summary>
internal sealed class SeedCatalog
{
    private const string KbliResource = "IkmMatch.Infrastructure.Seeding.Data.kbli-cilegon.csv";
    private const string TemplateResource = "IkmMatch.Infrastructure.Seeding.Data.ikm-capability-templates.csv";

    private SeedCatalog(IReadOnlyList<Kbli> kblis, IReadOnlyList<Template> templates)
    {
        Kblis = kblis;
        Templates = templates;
        ByCluster = templates.GroupBy(t => t.Cluster, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Weighted<Template>(g.Select(t => (t, (double)t.Weight))), StringComparer.Ordinal);
        All = new Weighted<Template>(templates.Select(t => (t, (double)t.Weight)));
    }

    public IReadOnlyList<Kbli> Kblis { get; }

    public IReadOnlyList<Template> Templates { get; }

    public Weighted<Template> All { get; }

    public IReadOnlyDictionary<string, Weighted<Template>> ByCluster { get; }

    public static SeedCatalog Load()
    {
        var kblis = new Dictionary<string, Kbli>(StringComparer.Ordinal);
        foreach (var row in ReadCsv(KbliResource))
        {
            var unit = Enum.Parse<CapacityUnit>(row["unit"], ignoreCase: true);
            kblis[row["kbli"]] = new Kbli(row["kbli"], row["title_id"], row["section"], unit);
        }

        var templates = new List<Template>();
        foreach (var row in ReadCsv(TemplateResource))
        {
            if (!kblis.TryGetValue(row["kbli"], out var kbli))
            {
                continue; // as the demo does: the KBLI list is the authority
            }

            var (min, max) = DefaultCapacity(kbli.Unit);
            templates.Add(new Template(
                row["cluster"],
                kbli,
                int.Parse(row["weight"], CultureInfo.InvariantCulture),
                row["name"],
                row["description"],
                Number(row["capacity_min"]) ?? min,
                Number(row["capacity_max"]) ?? max));
        }

        foreach (var kbli in kblis.Values.Where(k => templates.TrueForAll(t => t.Kbli.Code != k.Code)))
        {
            var (min, max) = DefaultCapacity(kbli.Unit);
            templates.Add(new Template("lainnya", kbli, 1, kbli.Title, $"{kbli.Title}.", min, max));
        }

        return new SeedCatalog([.. kblis.Values], templates);
    }

    /// <summary>The demo's monthly capacity range per unit, for templates that state none.</summary>
    private static (decimal Min, decimal Max) DefaultCapacity(CapacityUnit unit) => unit switch
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

    private static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Rows of an embedded CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks).</summary>
    private static List<Dictionary<string, string>> ReadCsv(string resource)
    {
        using var stream = typeof(AppDbContext).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"IkmMatch.Infrastructure has no embedded resource '{resource}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();

        var rows = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    rows.Add(fields);
                    fields = [];
                    break;
                case '\uFEFF' when i == 0:
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().Trim());
            rows.Add(fields);
        }

        var header = rows[0];
        return [.. rows.Skip(1)
            .Where(r => r.Count == header.Count)
            .Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal))];
    }
}
