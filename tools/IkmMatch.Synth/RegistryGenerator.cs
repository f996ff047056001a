using System.Globalization;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Synth;

/// <summary>
/// Generates a registry like the demo data's (IkmMatch.Infrastructure/Seeding), at any size: IKM drawn from the demo's
/// capability templates and their weights (so the same KBLI divisions, units and capacity ranges, metal work and
/// repair the most common, footwear or panels rare), 1–3 capabilities from the same or a related cluster, a workforce
/// skewed to micro businesses, capacity growing with it, and certificates as such businesses hold them (many none,
/// Halal for food, SMK3 for on-site crews, TKDN for some manufacturers, ISO 9001 growing with size, some lapsed).
/// Locations: at city scale the 8 kecamatan weighted as in the demo; at national scale a thousandth of the IKM are in
/// Cilegon and the rest <see cref="Kecamatan.Outside"/>, with an address in a province weighted by where Indonesia's
/// IKM are. Every large industry posts open procurement needs drawn from the same templates; the first need is
/// always a strict one (several required certificates and a minimum TKDN) so every registry has one.
/// Everything comes from <see cref="Random"/> streams seeded from the seed, so a seed gives the same rows and ids.
/// </summary>
internal sealed class RegistryGenerator(SeedCatalog catalog, Scale scale, int seed, DateOnly today)
{
    /// <summary>Synthetic IKM NIBs are "93" and an 11-digit index; industries "83"; the demo uses "91200"/"81200".</summary>
    public const string IkmNibPrefix = "93";
    public const string IndustryNibPrefix = "83";

    private static readonly Dictionary<string, Traits> ClusterTraits = new(StringComparer.Ordinal)
    {
        ["logam"] = new(3.2, 0.05, Area.IndustrialBelt, OnSite: true, ["reparasi", "listrik"]),
        ["reparasi"] = new(3.2, 0.04, Area.IndustrialBelt, OnSite: true, ["logam", "listrik", "jasa"]),
        ["listrik"] = new(3.4, 0.05, Area.IndustrialBelt, OnSite: true, ["reparasi"]),
        ["sandang"] = new(3.6, 0.55, Area.Town, OnSite: false, ["apd"]),
        ["apd"] = new(3.8, 0.45, Area.Anywhere, OnSite: false, ["sandang"]),
        ["pangan"] = new(4.0, 0.65, Area.Town, OnSite: false, []),
        ["kemasan"] = new(3.4, 0.25, Area.Town, OnSite: false, ["kayu", "kimia"]),
        ["kimia"] = new(3.6, 0.25, Area.Anywhere, OnSite: false, ["kemasan", "jasa"]),
        ["jasa"] = new(3.0, 0.1, Area.IndustrialBelt, OnSite: true, ["reparasi"]),
        ["kayu"] = new(3.4, 0.1, Area.Town, OnSite: false, ["kemasan"]),
        ["bangunan"] = new(3.4, 0.1, Area.Town, OnSite: false, []),
    };

    private static readonly Traits DefaultTraits = new(3.6, 0.3, Area.Anywhere, OnSite: false, []);

    private static readonly (Kecamatan Kecamatan, double Weight)[] KecamatanWeights =
    [
        (Kecamatan.Cibeber, 12), (Kecamatan.Cilegon, 11), (Kecamatan.Citangkil, 15), (Kecamatan.Ciwandan, 13),
        (Kecamatan.Grogol, 11), (Kecamatan.Jombang, 14), (Kecamatan.Pulomerak, 11), (Kecamatan.Purwakarta, 10),
        (Kecamatan.Outside, 1.5),
    ];

    private static readonly HashSet<Kecamatan> IndustrialBelt = [Kecamatan.Ciwandan, Kecamatan.Citangkil, Kecamatan.Grogol, Kecamatan.Pulomerak];
    private static readonly HashSet<Kecamatan> TownCentre = [Kecamatan.Jombang, Kecamatan.Cibeber, Kecamatan.Cilegon, Kecamatan.Purwakarta];

    /// <summary>Where Indonesia's IKM are, roughly: Java first, then Sumatra, Sulawesi and the rest; a few cities each.</summary>
    private static readonly Weighted<(string Province, string[] Places)> Regions = new(
    [
        (("Jawa Tengah", ["Kab. Klaten", "Kab. Jepara", "Kota Semarang", "Kab. Sukoharjo", "Kab. Pekalongan", "Kab. Kudus"]), 24),
        (("Jawa Timur", ["Kota Surabaya", "Kab. Sidoarjo", "Kab. Gresik", "Kab. Pasuruan", "Kota Malang", "Kab. Mojokerto"]), 22),
        (("Jawa Barat", ["Kab. Bandung", "Kab. Bekasi", "Kab. Bogor", "Kota Tasikmalaya", "Kab. Karawang", "Kota Cirebon"]), 16),
        (("DI Yogyakarta", ["Kab. Bantul", "Kab. Sleman", "Kota Yogyakarta"]), 3),
        (("Banten", ["Kab. Serang", "Kota Serang", "Kab. Tangerang", "Kota Tangerang", "Kab. Pandeglang"]), 4),
        (("DKI Jakarta", ["Jakarta Utara", "Jakarta Timur", "Jakarta Barat"]), 3),
        (("Sumatera Utara", ["Kota Medan", "Kab. Deli Serdang", "Kota Pematangsiantar"]), 5),
        (("Sumatera Barat", ["Kota Padang", "Kab. Agam", "Kota Bukittinggi"]), 3),
        (("Sumatera Selatan", ["Kota Palembang", "Kab. Banyuasin"]), 2),
        (("Lampung", ["Kota Bandar Lampung", "Kab. Lampung Selatan"]), 2),
        (("Riau", ["Kota Pekanbaru", "Kab. Kampar"]), 1.5),
        (("Aceh", ["Kota Banda Aceh", "Kab. Aceh Besar"]), 1.5),
        (("Bali", ["Kab. Gianyar", "Kota Denpasar", "Kab. Badung"]), 2),
        (("Nusa Tenggara Barat", ["Kota Mataram", "Kab. Lombok Timur"]), 2),
        (("Nusa Tenggara Timur", ["Kota Kupang", "Kab. Sikka"]), 1.5),
        (("Sulawesi Selatan", ["Kota Makassar", "Kab. Gowa", "Kab. Bone"]), 3),
        (("Sulawesi Utara", ["Kota Manado", "Kota Bitung"]), 1),
        (("Kalimantan Selatan", ["Kota Banjarmasin", "Kab. Banjar"]), 1.5),
        (("Kalimantan Timur", ["Kota Samarinda", "Kota Balikpapan"]), 1),
        (("Kalimantan Barat", ["Kota Pontianak", "Kab. Kubu Raya"]), 1),
        (("Papua", ["Kota Jayapura", "Kab. Merauke"]), 0.5),
        (("Maluku", ["Kota Ambon"]), 0.5),
    ]);

    private static readonly string[] Streets =
        ["Jl. Raya", "Jl. Industri", "Jl. Merdeka", "Jl. Pahlawan", "Jl. Diponegoro", "Jl. Sudirman", "Jl. Ahmad Yani", "Jl. Gatot Subroto", "Jl. Kartini", "Jl. Pemuda"];

    private static readonly string[] Kelurahan =
        ["Cibeber", "Kalitimbang", "Ciwaduk", "Ketileng", "Citangkil", "Samangraya", "Kubangsari", "Tegalratu", "Gerem", "Rawa Arum", "Masigit", "Sukmajaya", "Suralaya", "Lebak Gede", "Kotabumi", "Ramanuju"];

    private static readonly Dictionary<string, string[]> DivisionWords = new(StringComparer.Ordinal)
    {
        ["10"] = ["Boga", "Rasa", "Sari", "Food", "Pangan", "Snack"],
        ["13"] = ["Majun", "Tekstil", "Kain"],
        ["14"] = ["Konveksi", "Garmen", "Busana", "Tekstil", "Collection"],
        ["15"] = ["Safety", "Sepatu", "Kulit"],
        ["16"] = ["Kayu", "Palet", "Pallet"],
        ["17"] = ["Kemasan", "Karton", "Packaging", "Box"],
        ["18"] = ["Grafika", "Printing", "Percetakan", "Offset"],
        ["20"] = ["Kimia", "Chemical", "Clean"],
        ["22"] = ["Plastik", "Karet", "Polimer", "Rubber"],
        ["23"] = ["Beton", "Paving", "Bangunan", "Precast"],
        ["25"] = ["Teknik", "Las", "Baja", "Logam", "Fabrikasi", "Engineering", "Besi", "Mekanik"],
        ["27"] = ["Elektrik", "Listrik", "Elektro", "Panel"],
        ["31"] = ["Mebel", "Furnitur", "Interior", "Kayu"],
        ["32"] = ["Safety", "Pelindung", "Proteksi"],
        ["33"] = ["Teknik", "Mekanik", "Engineering", "Service", "Mesin", "Presisi"],
        ["43"] = ["Elektrik", "Listrik", "Elektro", "Teknik"],
        ["49"] = ["Transport", "Logistik", "Trans", "Armada", "Ekspedisi"],
        ["52"] = ["Logistik", "Gudang", "Pergudangan"],
        ["56"] = ["Catering", "Boga", "Rasa", "Sari", "Katering"],
        ["77"] = ["Rental", "Alat Berat", "Teknik", "Sarana"],
        ["81"] = ["Cleaning", "Bersih", "Servis", "Kebersihan"],
    };

    private static readonly string[] DefaultWords = ["Usaha", "Industri", "Karya"];

    private static readonly string[] Positive =
    [
        "Mandiri", "Jaya", "Abadi", "Sejahtera", "Berkah", "Karya", "Putra", "Utama", "Makmur", "Sentosa", "Barokah",
        "Bersama", "Anugerah", "Cahaya", "Sinar", "Mulia", "Sukses", "Prima", "Perkasa", "Lestari", "Gemilang",
        "Harapan", "Amanah", "Rizki", "Bintang", "Mitra", "Cipta", "Tunas", "Maju", "Sumber",
    ];

    private static readonly string[] MaleFirst =
        ["Ahmad", "Muhamad", "Dedi", "Ujang", "Asep", "Agus", "Budi", "Hendra", "Iwan", "Rudi", "Yayan", "Mulyadi", "Ade", "Dadang", "Yusuf", "Rahmat", "Eko", "Joko", "Slamet", "Heri", "Fajar", "Tubagus", "Arif", "Wawan"];

    private static readonly string[] MaleLast =
        ["Suryana", "Hidayat", "Kurniawan", "Setiawan", "Saputra", "Firmansyah", "Hermawan", "Sudrajat", "Mulyana", "Wahyudi", "Supriyadi", "Maulana", "Fauzi", "Permana", "Gunawan", "Prasetyo", "Santoso", "Nugraha"];

    private static readonly string[] FemaleFirst =
        ["Siti", "Euis", "Neneng", "Iis", "Yuyun", "Rina", "Dewi", "Imas", "Ida", "Lilis", "Yanti", "Sri", "Fitri", "Ratna", "Heni", "Nurul", "Rini", "Wulan"];

    private static readonly string[] FemaleLast =
        ["Rahmawati", "Nurhayati", "Suryani", "Marlina", "Handayani", "Wulandari", "Kurniasih", "Susanti", "Lestari", "Fitriani", "Hasanah", "Maryani"];

    private static readonly string[] MobilePrefixes = ["811", "812", "813", "821", "822", "852", "853", "856", "857", "877", "878", "895", "896", "881"];

    private static readonly string[] IsoBodies =
        ["PT Sertifikasi Mutu Nusantara", "PT Garuda Sistem Sertifikasi", "PT Prima Assessment Indonesia", "PT Mutu Sentosa Registrar"];

    private static readonly HashSet<string> SniProducts = new(["15203", "32904", "23953", "20231", "17022", "22220"], StringComparer.Ordinal);
    private static readonly HashSet<string> OnSiteWork = new(["33200", "43211", "77391", "77393", "81290", "25113"], StringComparer.Ordinal);

    /// <summary>Buyers by sector, weighted as the demo's 150 large industries, with where in Cilegon they stand.</summary>
    private static readonly Weighted<(string Sector, string[] Stems, (Kecamatan Kecamatan, double Weight)[] Places)> Sectors = new(
    [
        (("Baja", ["Baja", "Baja Lembaran", "Pipa Baja", "Baja Tulangan", "Baja Profil", "Kawat Baja", "Baja Ringan"], [(Kecamatan.Citangkil, 5), (Kecamatan.Ciwandan, 4), (Kecamatan.Grogol, 1.5), (Kecamatan.Pulomerak, 0.5)]), 38),
        (("Petrokimia", ["Petrokimia", "Polimer", "Olefin", "Polietilena", "Resin", "Metanol"], [(Kecamatan.Ciwandan, 6), (Kecamatan.Grogol, 2), (Kecamatan.Citangkil, 1), (Kecamatan.Pulomerak, 1)]), 22),
        (("Kimia", ["Kimia", "Soda Kaustik", "Kaca", "Amonia", "Gas Industri", "Pigmen"], [(Kecamatan.Ciwandan, 4), (Kecamatan.Grogol, 3), (Kecamatan.Citangkil, 2), (Kecamatan.Pulomerak, 1)]), 24),
        (("Energi", ["PLTU", "Pembangkit Listrik", "Energi", "Terminal BBM", "Gas"], [(Kecamatan.Pulomerak, 5), (Kecamatan.Grogol, 2), (Kecamatan.Ciwandan, 2), (Kecamatan.Citangkil, 1)]), 16),
        (("Air Bersih", ["Tirta", "Air Industri", "Pengolahan Air"], [(Kecamatan.Citangkil, 2), (Kecamatan.Cibeber, 1), (Kecamatan.Ciwandan, 1)]), 4),
        (("Pelabuhan & Logistik", ["Pelabuhan", "Terminal Curah", "Logistik", "Bongkar Muat", "Pelayaran", "Pergudangan"], [(Kecamatan.Ciwandan, 4), (Kecamatan.Pulomerak, 4), (Kecamatan.Grogol, 2), (Kecamatan.Citangkil, 1)]), 24),
        (("Pangan", ["Tepung Terigu", "Gula Rafinasi", "Pakan Ternak", "Minyak Nabati"], [(Kecamatan.Ciwandan, 2), (Kecamatan.Grogol, 2), (Kecamatan.Pulomerak, 1), (Kecamatan.Citangkil, 1)]), 8),
        (("Konstruksi & Rekayasa", ["Rekayasa Industri", "Konstruksi Baja", "Teknik Mekanikal", "Engineering"], [(Kecamatan.Citangkil, 2), (Kecamatan.Cilegon, 2), (Kecamatan.Jombang, 2), (Kecamatan.Ciwandan, 1)]), 8),
        (("Kawasan Industri", ["Kawasan Industri", "Estate Industri"], [(Kecamatan.Citangkil, 2), (Kecamatan.Ciwandan, 2), (Kecamatan.Grogol, 1)]), 6),
    ]);

    private static readonly string[] Brands =
        ["Nusantara", "Selat Sunda", "Anyer", "Cilegon", "Banten Raya", "Samudra", "Pratama", "Mandala", "Indo Jaya", "Sentosa", "Utama", "Perkasa", "Lestari", "Prima", "Merak", "Cigading"];

    private static readonly CertificationType[] StrictPool =
        [CertificationType.ISO9001, CertificationType.SMK3, CertificationType.ISO45001, CertificationType.ISO14001];

    private static readonly CertificationType[] QualityPool =
        [CertificationType.SNI, CertificationType.ISO9001, CertificationType.ISO14001, CertificationType.ISO45001, CertificationType.SMK3];

    private readonly DateTimeOffset _now = new(today.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero);
    private readonly Weighted<(Kecamatan Kecamatan, double Weight)>[] _kecamatanByArea =
    [
        .. Enum.GetValues<Area>().Select(area => new Weighted<(Kecamatan, double)>(
            KecamatanWeights.Select(k => (k, k.Weight * AreaFactor(area, k.Kecamatan))))),
    ];

    private enum Area
    {
        Anywhere,
        IndustrialBelt,
        Town,
    }

    public IEnumerable<IkmRow> Ikms()
    {
        var random = new Random(Mix(seed, 1));
        for (var index = 1; index <= scale.Ikms; index++)
        {
            yield return Ikm(random, index);
        }
    }

    public List<IndustryRow> Industries()
    {
        var random = new Random(Mix(seed, 2));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var industries = new List<IndustryRow>(scale.Industries);
        for (var index = 1; index <= scale.Industries; index++)
        {
            var (sector, stems, places) = Sectors.Next(random);
            var name = $"PT {random.Pick(stems)} {random.Pick(Brands)}";
            if (!names.Add(name))
            {
                name = $"{name} {index.ToString(CultureInfo.InvariantCulture)}";
                names.Add(name);
            }

            var inCilegon = random.Chance(scale.CilegonShare >= 1 ? 1 : 0.015);
            var kecamatan = inCilegon ? new Weighted<Kecamatan>(places.Select(p => (p.Kecamatan, p.Weight))).Next(random) : Kecamatan.Outside;
            var address = inCilegon
                ? $"Jl. Raya Anyer Km. {random.Between(118, 130)}, Kel. {random.Pick(Kelurahan)}, Kota Cilegon"
                : OutsideAddress(random);
            var created = _now.AddDays(-random.Between(60, 900)).AddSeconds(random.Between(0, 86_399));
            var domain = new string([.. name.ToLowerInvariant().Where(char.IsAsciiLetter)]).Replace("pt", string.Empty, StringComparison.Ordinal);
            industries.Add(new IndustryRow(
                random.UuidV7(created),
                $"{IndustryNibPrefix}{index:D11}",
                name,
                sector,
                kecamatan,
                address,
                PersonName(random, random.Chance(0.35)),
                $"pengadaan@{domain[..Math.Min(domain.Length, 30)]}.co.id",
                $"+62 254 {random.Between(310, 399)} {random.Digits(3)}",
                created));
        }

        return industries;
    }

    /// <summary>
    /// Open needs, <see cref="Scale.NeedsPerIndustry"/> per industry, for work drawn with the templates' weights (the
    /// work that is common among IKM is also bought often). Most require no certificate or one that fits the work;
    /// about one in twelve, and always the first, is strict: two or three management-system certificates and a
    /// minimum TKDN.
    /// </summary>
    public List<NeedRow> Needs(IReadOnlyList<IndustryRow> industries)
    {
        var random = new Random(Mix(seed, 3));
        var needs = new List<NeedRow>(industries.Count * scale.NeedsPerIndustry);
        foreach (var industry in industries)
        {
            for (var n = 0; n < scale.NeedsPerIndustry; n++)
            {
                var strict = needs.Count == 0 || random.Chance(0.08);
                needs.Add(Need(random, industry, strict));
            }
        }

        return needs;
    }

    /// <summary>Rounds a quantity as people state it: 7, 35, 160, 650, 1,200 — never 0 (as the demo does).</summary>
    internal static decimal RoundCapacity(decimal value)
    {
        if (value < 10)
        {
            return Math.Max(1, Math.Round(value, MidpointRounding.AwayFromZero));
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
        var step = magnitude / 10 * (value >= 2 * magnitude ? 5 : 1);
        return Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
    }

    private static int Mix(int seed, int stream) => unchecked((seed * 1_000_003) + (stream * 7_919));

    private static double AreaFactor(Area area, Kecamatan kecamatan) => area switch
    {
        Area.IndustrialBelt when IndustrialBelt.Contains(kecamatan) => 1.6,
        Area.Town when TownCentre.Contains(kecamatan) => 1.4,
        _ => 1.0,
    };

    private IkmRow Ikm(Random random, int index)
    {
        var primary = catalog.All.Next(random);
        var traits = ClusterTraits.GetValueOrDefault(primary.Cluster, DefaultTraits);

        var inCilegon = scale.CilegonShare >= 1 || random.Chance(scale.CilegonShare);
        var kecamatan = inCilegon ? _kecamatanByArea[(int)traits.Area].Next(random).Kecamatan : Kecamatan.Outside;
        var address = kecamatan == Kecamatan.Outside
            ? OutsideAddress(random)
            : $"{random.Pick(Streets)} No. {random.Between(1, 150)}, RT {random.Between(1, 12):00}/RW {random.Between(1, 9):00}, Kel. {random.Pick(Kelurahan)}";

        var workforce = Math.Min(80, 2 + (int)Math.Floor(78 * Math.Pow(random.NextDouble(), traits.WorkforceSkew)));
        var registered = _now.AddDays(-random.Between(20, 730)).AddSeconds(random.Between(0, 86_399));
        var id = random.UuidV7(registered);

        var templates = ChooseTemplates(random, primary, traits);
        var capabilities = new List<CapabilityRow>(templates.Count);
        for (var i = 0; i < templates.Count; i++)
        {
            var template = templates[i];
            var size = (0.15 + (0.85 * Math.Pow((workforce - 2) / 78.0, 0.6))) * random.Between(0.7, 1.3) * (i > 0 ? 0.6 : 1.0);
            var capacity = RoundCapacity(template.CapacityMin + ((template.CapacityMax - template.CapacityMin) * (decimal)Math.Clamp(size, 0, 1)));
            capabilities.Add(new CapabilityRow(random.UuidV7(registered), i, template.Kbli.Code, template.Name, template.Description, capacity, template.Kbli.Unit));
        }

        var female = random.Chance(traits.FemaleOwnerShare);
        var owner = PersonName(random, female);
        var word = random.Pick(DivisionWords.GetValueOrDefault(primary.Kbli.Division, DefaultWords));
        var roll = random.NextDouble();
        var form = workforce >= 30 ? (roll < 0.55 ? "PT" : "CV") : (roll < 0.52 ? "CV" : roll < 0.85 ? "UD" : "PT");
        var name = random.Next(3) switch
        {
            0 => $"{form} {word} {random.Pick(Positive)}",
            1 => $"{form} {random.Pick(Positive)} {random.Pick(Positive)} {word}",
            _ => $"{form} {random.Pick(Positive)} {word}",
        };
        var email = workforce < 10 && random.Chance(0.06)
            ? null
            : $"{owner.Split(' ')[0].ToLowerInvariant()}.{word.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}{random.Between(1, 999)}@gmail.com";
        var phone = $"+62 {random.Pick(MobilePrefixes)} {random.Digits(4)} {random.Digits(4)}";

        var certifications = Certifications(random, templates, traits, workforce, registered);
        var verifyChance = 0.21 + (certifications.Count > 0 ? 0.12 : 0) + (workforce >= 20 ? 0.08 : 0);
        DateTimeOffset? verifiedAt = random.Chance(verifyChance) ? registered.AddDays(random.Between(3, 120)) : null;
        if (verifiedAt > _now)
        {
            verifiedAt = _now;
        }

        return new IkmRow(
            id, $"{IkmNibPrefix}{index:D11}", name, owner, email, phone, address, kecamatan, workforce, verifiedAt, registered, capabilities, certifications);
    }

    private List<Template> ChooseTemplates(Random random, Template primary, Traits traits)
    {
        var roll = random.NextDouble();
        var count = roll < 0.45 ? 1 : roll < 0.83 ? 2 : 3;
        var chosen = new List<Template>(count) { primary };
        for (var attempt = 0; chosen.Count < count && attempt < 12; attempt++)
        {
            var cluster = traits.Related.Length > 0 && random.Chance(0.2) ? random.Pick(traits.Related) : primary.Cluster;
            if (!catalog.ByCluster.TryGetValue(cluster, out var pool))
            {
                continue;
            }

            var next = pool.Next(random);
            if (!chosen.Contains(next))
            {
                chosen.Add(next);
            }
        }

        return chosen;
    }

    private List<CertificationRow> Certifications(Random random, List<Template> chosen, Traits traits, int workforce, DateTimeOffset registered)
    {
        var certificates = new List<CertificationRow>();
        var makesFood = chosen.Exists(t => t.Kbli.IsFood);
        var manufacturer = chosen.Exists(t => t.Kbli.IsManufacturing);
        var onSite = traits.OnSite || chosen.Exists(t => OnSiteWork.Contains(t.Kbli.Code));

        void Add(CertificationType type, string number, string issuer, DateOnly? validUntil, decimal? tkdn = null) =>
            certificates.Add(new CertificationRow(random.UuidV7(registered), certificates.Count, type, number, issuer, validUntil, tkdn));

        if (makesFood && random.Chance(0.55))
        {
            Add(CertificationType.Halal, $"ID3672{random.Digits(13)}", "BPJPH Kementerian Agama", random.Chance(0.25) ? Term(random, 4).ValidUntil : null);
        }

        if (chosen.Exists(t => t.Kbli.Division == "10") && workforce < 20 && random.Chance(0.35))
        {
            Add(CertificationType.Other, $"P-IRT 2{random.Digits(12)}", "DPMPTSP", Term(random, 5).ValidUntil);
        }

        if (chosen.Exists(t => t.Kbli.Division == "56") && random.Chance(0.35))
        {
            var (issued, validUntil) = Term(random, 3);
            Add(CertificationType.Other, $"SLHS 443.5/{random.Digits(4)}/Dinkes/{issued.Year}", "Dinas Kesehatan", validUntil);
        }

        var sniProduct = chosen.Exists(t => SniProducts.Contains(t.Kbli.Code));
        if ((sniProduct && random.Chance(0.3)) || (manufacturer && random.Chance(0.02)))
        {
            var (issued, validUntil) = Term(random, 4);
            Add(CertificationType.SNI, $"SPPT-SNI {random.Digits(4)}/LSPro/{issued.Year}", "LSPro Mutu Standar Indonesia", validUntil);
        }

        var iso9001 = !makesFood || manufacturer ? random.Chance(0.02 + (0.004 * workforce)) : random.Chance(0.01);
        if (iso9001)
        {
            var body = random.Pick(IsoBodies);
            Add(CertificationType.ISO9001, $"QMS-{random.Digits(7)}", body, Term(random, 3).ValidUntil);
            if (workforce >= 20 && traits.Area != Area.Town && random.Chance(0.25))
            {
                Add(CertificationType.ISO14001, $"EMS-{random.Digits(7)}", body, Term(random, 3).ValidUntil);
            }

            if (onSite && random.Chance(0.3))
            {
                Add(CertificationType.ISO45001, $"OHS-{random.Digits(7)}", body, Term(random, 3).ValidUntil);
            }
        }

        var smk3Chance = onSite ? (workforce >= 10 ? 0.3 : 0.06) : (workforce >= 20 ? 0.03 : 0);
        if (random.Chance(smk3Chance))
        {
            var (issued, validUntil) = Term(random, 3);
            Add(CertificationType.SMK3, $"SMK3/{random.Digits(4)}/{issued.Year}", "Kementerian Ketenagakerjaan RI", validUntil);
        }

        if (traits.OnSite && chosen.Exists(t => t.Kbli.Division is "25" or "33") && random.Chance(0.12))
        {
            var (issued, validUntil) = Term(random, 3);
            Add(CertificationType.Other, $"Juru Las 3G/6G LSP-LAS/{issued.Year}/{random.Digits(4)}", "BNSP (LSP Pengelasan)", validUntil);
        }

        var tkdnChance = !manufacturer ? 0 : traits.Area == Area.Town && makesFood ? 0.04 : 0.18;
        if (random.Chance(tkdnChance))
        {
            var (issued, validUntil) = Term(random, 3);
            var percent = Math.Round((decimal)random.Between(25.0, 80.0), 2);
            Add(CertificationType.TKDN, $"SD-TKDN/{issued.Year}/{random.Digits(5)}", "Kementerian Perindustrian", validUntil, percent);
        }

        return certificates;
    }

    private NeedRow Need(Random random, IndustryRow industry, bool strict)
    {
        var template = catalog.All.Next(random);
        var kbli = template.Kbli;
        var volume = RoundCapacity((template.CapacityMin + ((template.CapacityMax - template.CapacityMin) * (decimal)Math.Pow(random.NextDouble(), 1.5))) * (decimal)random.Between(0.5, 2.0));

        CertificationType[] required;
        decimal? minTkdn = null;
        if (strict)
        {
            required = [.. StrictPool.OrderBy(_ => random.Next()).Take(random.Between(2, 3))];
            minTkdn = random.Between(3, 8) * 5m;
        }
        else
        {
            var roll = random.NextDouble();
            required = roll < 0.65 ? [] : [kbli.IsFood ? CertificationType.Halal
                : SniProducts.Contains(kbli.Code) ? CertificationType.SNI
                : OnSiteWork.Contains(kbli.Code) || kbli.Division is "33" or "43" ? CertificationType.SMK3
                : CertificationType.ISO9001];
            if (kbli.IsManufacturing && random.Chance(0.1))
            {
                minTkdn = random.Between(5, 8) * 5m;
            }
        }

        CertificationType[] preferred = random.Chance(0.5)
            ? []
            : [.. QualityPool.Where(q => !required.Contains(q)).OrderBy(_ => random.Next()).Take(random.Between(1, 2))];

        var keywords = template.Name.Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4)
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .OrderBy(_ => random.Next())
            .Take(random.Between(1, 3))
            .ToArray();
        var created = _now.AddDays(-random.Between(0, 60)).AddSeconds(random.Between(0, 86_399));
        return new NeedRow(
            random.UuidV7(created),
            industry.Id,
            random.Chance(0.3) ? $"Pengadaan {template.Name.ToLowerInvariant()}" : template.Name,
            $"{template.Description} Untuk kebutuhan rutin {industry.Name}.",
            kbli.Code,
            keywords,
            volume,
            kbli.Unit,
            [.. required.Order()],
            [.. preferred.Order()],
            minTkdn,
            random.Chance(0.3) ? null : random.Between(10, 5_000) * 1_000_000L,
            today.AddDays(random.Between(30, 240)),
            random.Chance(0.5),
            created);
    }

    private static string OutsideAddress(Random random)
    {
        var (province, places) = Regions.Next(random);
        return $"{random.Pick(Streets)} No. {random.Between(1, 300)}, {random.Pick(places)}, {province}";
    }

    private static string PersonName(Random random, bool female)
    {
        var first = random.Pick(female ? FemaleFirst : MaleFirst);
        return random.Chance(0.12) ? first : $"{first} {random.Pick(female ? FemaleLast : MaleLast)}";
    }

    /// <summary>Issue date up to one term and half a year back, so about one in seven certificates has lapsed (as in the demo).</summary>
    private (DateOnly Issued, DateOnly ValidUntil) Term(Random random, int years)
    {
        var issued = today.AddDays(-random.Between(0, (years * 365) + 180));
        return (issued, issued.AddYears(years).AddDays(-1));
    }

    private sealed record Traits(double WorkforceSkew, double FemaleOwnerShare, Area Area, bool OnSite, string[] Related);
}
