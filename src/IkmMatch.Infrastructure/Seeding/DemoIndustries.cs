using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>A demo large industry and how long ago it joined the programme.</summary>
internal sealed record DemoIndustry(IndustryProfile Profile, int RegisteredDaysAgo);

/// <summary>
/// The 150 large industries of the demo: the buyers of Cilegon's industrial belt. Names are fictional: a listed
/// steel group ("Baja Nusantara") with subsidiaries and joint ventures reaching into power, water, the port and
/// the industrial estate, as Cilegon's steel group does; petrochemical and chemical plants, glass; power plants
/// at Suralaya; ports and logistics at Ciwandan and Merak; flour and feed mills; plant contractors. The rest are
/// built from what the companies make. Most stand in Ciwandan, Citangkil, Pulomerak and Grogol.
/// </summary>
internal static class DemoIndustries
{
    public const int Count = 150;

    /// <summary>Demo industry NIBs are "81200" followed by the 8-digit index; demo IKM use "91200".</summary>
    public const string NibPrefix = "81200";

    private static readonly Sector[] Sectors =
    [
        new(
            "Baja",
            38,
            [
                "PT Baja Nusantara Tbk", "PT Baja Nusantara Canai Dingin", "PT Baja Nusantara Wire Rod",
                "PT Baja Nusantara Rekayasa Industri", "PT Baja Nusantara Indo Korea", "PT Baja Nusantara Indo Nippon",
                "PT Baja Nusantara Galvanis Indo Taiwan", "PT Baja Nusantara Pipa Spiral",
            ],
            ["Baja", "Baja Lembaran", "Baja Canai Panas", "Baja Canai Dingin", "Pipa Baja", "Baja Tulangan", "Baja Profil",
                "Besi Spons", "Baja Lapis Seng", "Kawat Baja", "Baja Slab", "Baja Tuang", "Tempa Baja", "Baja Ringan"],
            ["Nusantara", "Selat Sunda", "Anyer", "Cilegon", "Banten Raya", "Samudra", "Pratama", "Mandala", "Indo Korea",
                "Indo Nippon", "Sinar Merak", "Cigading", "Mulia", "Perkasa", "Sentosa", "Utama", "Indo Taiwan", "Daya Mandiri"],
            [(Kecamatan.Citangkil, 5), (Kecamatan.Ciwandan, 4), (Kecamatan.Grogol, 1.5), (Kecamatan.Pulomerak, 0.5)]),
        new(
            "Petrokimia",
            22,
            ["PT Petrokimia Asri Banten Tbk", "PT Asri Banten Polimer", "PT Asri Banten Stirena Monomer"],
            ["Petrokimia", "Polimer", "Olefin", "Polietilena", "Polipropilena", "Stirena Monomer", "Butadiena", "Aromatik",
                "Metanol", "Resin", "Etilena Oksida", "Etilen Glikol"],
            ["Anyer", "Nusantara", "Asri Banten", "Selat Sunda", "Cilegon", "Samudra", "Mandala", "Indo Pasifik", "Indo Jaya",
                "Sentosa", "Lestari", "Prima"],
            [(Kecamatan.Ciwandan, 6), (Kecamatan.Grogol, 2), (Kecamatan.Citangkil, 1), (Kecamatan.Pulomerak, 1)]),
        new(
            "Kimia",
            24,
            ["PT Kaca Nusantara Tbk", "PT Kaca Nusantara Klor Alkali", "PT Kaca Nusantara Soda Kaustik"],
            ["Kimia", "Soda Kaustik", "Klor Alkali", "Kaca Lembaran", "Kaca", "Amonia", "Asam Sulfat", "Gas Industri",
                "Karbon Aktif", "Pigmen", "Titan Dioksida", "Kimia Dasar", "Peroksida", "Nitrogen"],
            ["Nusantara", "Anyer", "Merak", "Cilegon", "Banten", "Jaya Abadi", "Indo Mulia", "Samudra", "Pertiwi", "Karya",
                "Selat Sunda", "Indo Asahi"],
            [(Kecamatan.Ciwandan, 4), (Kecamatan.Grogol, 3), (Kecamatan.Citangkil, 2), (Kecamatan.Pulomerak, 1)]),
        new(
            "Energi",
            16,
            ["PT Pembangkit Listrik Suralaya Baru", "PT Baja Nusantara Daya Listrik"],
            ["PLTU", "Pembangkit Listrik", "Tenaga Listrik", "Energi", "Terminal BBM", "Gas", "Energi Batubara", "Daya Listrik"],
            ["Suralaya Baru", "Teluk Banten", "Merak", "Selat Sunda", "Anyer", "Cilegon", "Nusantara", "Banten Raya",
                "Lestari", "Prima", "Jawa Bagian Barat"],
            [(Kecamatan.Pulomerak, 5), (Kecamatan.Grogol, 2), (Kecamatan.Ciwandan, 2), (Kecamatan.Citangkil, 1)]),
        new(
            "Air Bersih",
            4,
            ["PT Tirta Baja Nusantara"],
            ["Tirta", "Air Industri", "Pengolahan Air"],
            ["Cidanau", "Krenceng", "Selat Sunda", "Cilegon Mandiri"],
            [(Kecamatan.Citangkil, 2), (Kecamatan.Cibeber, 1), (Kecamatan.Ciwandan, 1)]),
        new(
            "Pelabuhan & Logistik",
            24,
            ["PT Bandar Baja Nusantara", "PT Pelabuhan Penyeberangan Merak"],
            ["Pelabuhan", "Terminal Curah", "Logistik", "Bongkar Muat", "Pelayaran", "Ekspedisi", "Pergudangan",
                "Terminal Peti Kemas", "Bandar Samudra", "Dermaga", "Depo Kontainer", "Jasa Kepelabuhanan"],
            ["Ciwandan", "Merak", "Cigading", "Selat Sunda", "Anyer", "Banten", "Nusantara", "Samudra", "Bahari", "Segara",
                "Armada", "Lintas Sunda"],
            [(Kecamatan.Ciwandan, 4), (Kecamatan.Pulomerak, 4), (Kecamatan.Grogol, 2), (Kecamatan.Citangkil, 1)]),
        new(
            "Pangan",
            8,
            [],
            ["Tepung Terigu", "Gula Rafinasi", "Pakan Ternak", "Minyak Nabati", "Penggilingan Gandum", "Bahan Pangan"],
            ["Banten", "Nusantara", "Selat Sunda", "Anyer", "Sentosa", "Makmur", "Cigading"],
            [(Kecamatan.Ciwandan, 2), (Kecamatan.Grogol, 2), (Kecamatan.Pulomerak, 1), (Kecamatan.Citangkil, 1)]),
        new(
            "Konstruksi & Rekayasa",
            8,
            [],
            ["Rekayasa Industri", "Konstruksi Baja", "Teknik Mekanikal", "Engineering", "Kontraktor Pabrik", "Rekayasa Proses"],
            ["Cilegon", "Sunda Raya", "Banten", "Nusantara", "Prima", "Mandiri", "Anyer"],
            [(Kecamatan.Citangkil, 2), (Kecamatan.Cilegon, 2), (Kecamatan.Jombang, 2), (Kecamatan.Purwakarta, 1), (Kecamatan.Ciwandan, 1)]),
        new(
            "Kawasan Industri",
            6,
            ["PT Kawasan Industri Baja Nusantara"],
            ["Kawasan Industri", "Estate Industri", "Pengelola Kawasan"],
            ["Cilegon", "Anyer", "Gerem", "Merak", "Ciwandan", "Selat Sunda"],
            [(Kecamatan.Citangkil, 2), (Kecamatan.Ciwandan, 2), (Kecamatan.Grogol, 1), (Kecamatan.Pulomerak, 1)]),
    ];

    private static readonly string[] ProcurementMailboxes = ["pengadaan", "procurement", "purchasing", "vendor", "scm", "logistik"];

    public static string NibFor(int index) => $"{NibPrefix}{index:D8}";

    public static IReadOnlyList<DemoIndustry> Generate(Random random)
    {
        var industries = new List<DemoIndustry>(Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sector in Sectors)
        {
            for (var i = 0; i < sector.Count; i++)
            {
                // The named companies first: the listed group heads, their subsidiaries and joint ventures.
                var name = i < sector.Named.Length ? sector.Named[i] : UniqueName(random, sector, names);
                names.Add(name);

                var kecamatan = random.PickWeighted(sector.Places, k => k.Weight).Kecamatan;
                var domain = EmailDomain(name);
                var profile = new IndustryProfile(
                    NibFor(industries.Count + 1),
                    name,
                    sector.Name,
                    kecamatan,
                    DemoPlaces.IndustryAddress(random, kecamatan),
                    DemoPeople.PersonName(random, female: random.Chance(0.35)),
                    $"{random.Pick(ProcurementMailboxes)}@{domain}.co.id",
                    DemoPeople.OfficePhone(random));
                industries.Add(new DemoIndustry(profile, random.Between(60, 900)));
            }
        }

        return industries;
    }

    private static string UniqueName(Random random, Sector sector, HashSet<string> taken)
    {
        while (true)
        {
            var name = $"PT {random.Pick(sector.Stems)} {random.Pick(sector.Brands)}";
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>"PT Baja Lembaran Selat Sunda" → "blssunda": short names whole, long ones as initials plus the last word.</summary>
    private static string EmailDomain(string name)
    {
        var words = name.Replace(" Tbk", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(DemoPeople.Slug)
            .Where(w => w.Length > 0)
            .ToArray();
        var whole = string.Concat(words);
        return whole.Length <= 18 ? whole : string.Concat(words[..^1].Select(w => w[0])) + words[^1];
    }

    private sealed record Sector(
        string Name,
        int Count,
        string[] Named,
        string[] Stems,
        string[] Brands,
        (Kecamatan Kecamatan, double Weight)[] Places);
}
