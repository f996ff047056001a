using System.Globalization;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>
/// A demo procurement need as a buyer's procurement officer would post it: which demo industry buys (by NIB),
/// the sector that industry is expected to be in, what it buys and on which terms. Dates are relative: the need
/// was posted <see cref="PostedDaysAgo"/> days before the seeding and is needed <see cref="NeededInDays"/> days
/// after it — before it (a negative number) for a <see cref="Past"/> need, one the programme already served and
/// that the demo partnerships close. The monthly volume is in the KBLI's unit from the KBLI list.
/// </summary>
internal sealed record DemoNeed(
    int Line,
    string IndustryNib,
    string Sector,
    string Title,
    string Description,
    string Kbli,
    IReadOnlyList<string> Keywords,
    decimal MonthlyVolume,
    CapacityUnit Unit,
    IReadOnlyList<CertificationType> RequiredCertifications,
    IReadOnlyList<CertificationType> PreferredCertifications,
    decimal? MinTkdnPercent,
    long? Budget,
    int NeededInDays,
    bool AllowPartialSupply,
    int PostedDaysAgo,
    bool Past = false)
{
    /// <summary>What identifies a demo need across runs: the buyer's NIB and the title, which are unique together.</summary>
    public string Key => DemoNeeds.Key(IndustryNib, Title);

    /// <summary>The data file the need comes from, for error messages.</summary>
    public string Source => Past ? DemoNeeds.PastResourceName : DemoNeeds.ResourceName;

    public NeedDetails Details(DateOnly today) => new(
        Title,
        Description,
        Kbli,
        Keywords,
        MonthlyVolume,
        Unit,
        RequiredCertifications,
        PreferredCertifications,
        MinTkdnPercent,
        Budget,
        today.AddDays(NeededInDays),
        AllowPartialSupply);
}

/// <summary>
/// The open procurement needs of the demo, read from <c>Data/demo-needs.csv</c> (columns industry_nib, sector, kbli,
/// title, description, keywords, monthly_volume, budget, needed_in_days, partial_supply, required, preferred,
/// min_tkdn, posted_days_ago; lists separated by <c>;</c>). They follow what Cilegon's large industries buy from
/// IKM — fabrication, machining and repair for the steel group and the plants, workwear, PPE and majun, catering
/// for shifts and shutdowns, packaging, pallets, cleaning chemicals, transport, cleaning and rental — and some ask
/// for certificates or a TKDN share that few IKM hold, so matching has candidates to turn away.
/// </summary>
internal static class DemoNeeds
{
    public const string ResourceName = "IkmMatch.Infrastructure.Seeding.Data.demo-needs.csv";

    /// <summary>
    /// Needs of the months before the seeding, in the same columns with a negative needed_in_days (needed before
    /// today, after the posting): the demo partnerships that ran or still run come from them, and the seeding closes them.
    /// </summary>
    public const string PastResourceName = "IkmMatch.Infrastructure.Seeding.Data.demo-past-needs.csv";

    private static readonly char[] ListSeparator = [';'];

    public static IReadOnlyList<DemoNeed> LoadEmbedded(KbliCatalog catalog) =>
        SeedResources.Read(ResourceName, (reader, source) => Parse(catalog, reader, source));

    public static IReadOnlyList<DemoNeed> LoadPastEmbedded(KbliCatalog catalog) =>
        SeedResources.Read(PastResourceName, (reader, source) => Parse(catalog, reader, source, past: true));

    public static string Key(string industryNib, string title) => $"{industryNib}\n{title}";

    public static IReadOnlyList<DemoNeed> Parse(KbliCatalog catalog, TextReader reader, string source, bool past = false)
    {
        var needs = new List<DemoNeed>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in CsvReader.ReadRecords(reader, source))
        {
            var nib = record.Required("industry_nib");
            if (!nib.StartsWith(DemoIndustries.NibPrefix, StringComparison.Ordinal) || nib.Length != 13 || !nib.All(char.IsAsciiDigit))
            {
                throw Error(source, record, $"industry_nib '{nib}' is not a demo industry NIB ({DemoIndustries.NibPrefix} and 8 digits).");
            }

            var code = record.Required("kbli");
            if (!catalog.TryGet(code, out var kbli))
            {
                throw Error(source, record, $"KBLI {code} is not in the KBLI list.");
            }

            var need = new DemoNeed(
                record.Line,
                nib,
                record.Required("sector"),
                record.Required("title"),
                record.Required("description"),
                kbli.Code,
                List(record.Optional("keywords")),
                Number(source, record, "monthly_volume") ?? throw Error(source, record, "monthly_volume is empty."),
                kbli.Unit,
                Certificates(source, record, "required"),
                Certificates(source, record, "preferred"),
                Number(source, record, "min_tkdn"),
                Whole(source, record, "budget"),
                Days(source, record, "needed_in_days") ?? throw Error(source, record, "needed_in_days is empty."),
                Flag(source, record, "partial_supply"),
                Days(source, record, "posted_days_ago") ?? 0,
                past);
            if (!past && (need.NeededInDays < 1 || need.PostedDaysAgo < 0))
            {
                throw Error(source, record, "needed_in_days must be 1 or more and posted_days_ago 0 or more.");
            }

            if (past && (need.NeededInDays > -1 || need.NeededInDays <= -need.PostedDaysAgo))
            {
                throw Error(source, record, "a past need is needed before today (needed_in_days -1 or less) and after it was posted (more than -posted_days_ago).");
            }

            if (!keys.Add(need.Key))
            {
                throw Error(source, record, $"industry {nib} already has a need titled '{need.Title}'.");
            }

            needs.Add(need);
        }

        return needs;
    }

    private static string[] List(string? text) =>
        text is null ? [] : [.. text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static CertificationType[] Certificates(string source, CsvRecord record, string column) =>
        [.. List(record.Optional(column)).Select(name => Enum.TryParse<CertificationType>(name, ignoreCase: false, out var type) && Enum.IsDefined(type)
            ? type
            : throw Error(source, record, $"'{name}' in {column} is not one of {string.Join(", ", Enum.GetNames<CertificationType>())}."))];

    private static decimal? Number(string source, CsvRecord record, string column)
    {
        var text = record.Optional(column);
        return text is null ? null
            : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
            : throw Error(source, record, $"{column} '{text}' is not a number.");
    }

    private static long? Whole(string source, CsvRecord record, string column)
    {
        var text = record.Optional(column);
        return text is null ? null
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw Error(source, record, $"{column} '{text}' is not a whole number.");
    }

    /// <summary>A number of days, at most ten years: more is a typing error, not a plan.</summary>
    private static int? Days(string source, CsvRecord record, string column) =>
        Whole(source, record, column) switch
        {
            null => null,
            >= -3_650 and <= 3_650 and var days => (int)days,
            var days => throw Error(source, record, $"{column} {days} is more than ten years."),
        };

    private static bool Flag(string source, CsvRecord record, string column)
    {
        var text = record.Required(column);
        return bool.TryParse(text, out var value) ? value : throw Error(source, record, $"{column} '{text}' is neither true nor false.");
    }

    private static InvalidDataException Error(string source, CsvRecord record, string message) =>
        new($"{source} line {record.Line}: {message}");
}
