using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>A demo IKM, how long ago it registered and, when Disperindag has checked it, how long ago that was.</summary>
internal sealed record DemoIkm(IkmProfile Profile, string Cluster, int RegisteredDaysAgo, int? VerifiedDaysAgo);

/// <summary>
/// The 903 IKM of the demo: Cilegon's small and medium industries as the department's registry shows them.
/// Each business starts from one capability template (weighted toward what Cilegon's IKM sell the plants:
/// metal fabrication and machining, repair and maintenance, workwear, PPE and majun, catering, packaging,
/// cleaning chemicals, transport) and adds related work from the same cluster. Most are micro businesses
/// with a handful of workers; certificates follow what such businesses really hold — many none, Halal for
/// food, SMK3 for on-site metal and repair crews, TKDN for some manufacturers — and some have expired or
/// expire soon, so matching on a needed-by date has something to decide.
/// </summary>
internal sealed class DemoIkmGenerator(CapabilityTemplateSet templates, DateOnly today)
{
    public const int Count = 903;

    /// <summary>Demo IKM NIBs are "91200" followed by the 8-digit index; demo industries use "81200".</summary>
    public const string NibPrefix = "91200";

    /// <summary>
    /// What sets the clusters apart: how strongly the workforce skews to micro businesses (higher, smaller), the
    /// share of women owners, where in the city they sit, whether they work inside the plants, which other
    /// clusters they branch into (a fabricator also repairs; a tailor also sews gloves), and the sentences owners
    /// add to describe their work.
    /// </summary>
    private static readonly Dictionary<string, ClusterTraits> Traits = new(StringComparer.Ordinal)
    {
        ["logam"] = new(3.2, 0.05, Area.IndustrialBelt, OnSite: true, ["reparasi", "listrik"],
        [
            "Bengkel sendiri di {lokasi} dengan mesin bubut, las dan gerinda.",
            "Siap kerja di lokasi pabrik, termasuk saat shutdown.",
            "Berpengalaman sebagai subkon bengkel untuk pabrik baja dan petrokimia di Cilegon sejak {tahun}.",
            "Material bisa dari pembeli (jasa saja) atau kami sediakan.",
            "Juru las kami terbiasa bekerja dengan izin kerja (work permit) dan JSA pabrik.",
        ]),
        ["reparasi"] = new(3.2, 0.04, Area.IndustrialBelt, OnSite: true, ["logam", "listrik", "jasa"],
        [
            "Menerima panggilan perbaikan darurat 24 jam.",
            "Punya alat ukur, alat angkat dan mesin bubut sendiri di {lokasi}.",
            "Berpengalaman di shutdown PLTU dan pabrik kimia sejak {tahun}.",
            "Laporan pekerjaan lengkap dengan foto dan data pengukuran sebelum dan sesudah perbaikan.",
        ]),
        ["listrik"] = new(3.4, 0.05, Area.IndustrialBelt, OnSite: true, ["reparasi"],
        [
            "Teknisi memegang lisensi K3 listrik.",
            "Siap panggilan darurat 24 jam untuk wilayah Cilegon dan Anyer.",
            "Workshop di {lokasi}, berdiri sejak {tahun}.",
        ]),
        ["sandang"] = new(3.6, 0.55, Area.Town, OnSite: false, ["apd"],
        [
            "Menerima pesanan mulai 50 potong.",
            "{jumlah} penjahit tetap, ditambah penjahit borongan saat pesanan besar.",
            "Bahan bisa dari pembeli (CMT) atau kami sediakan.",
            "Berdiri sejak {tahun} di {lokasi}.",
        ]),
        ["apd"] = new(3.8, 0.45, Area.Anywhere, OnSite: false, ["sandang"],
        [
            "Pengiriman rutin ke gudang pembeli di kawasan industri.",
            "Bisa memakai merek dan kemasan pembeli.",
            "Dikerjakan bersama ibu-ibu warga sekitar {lokasi}.",
        ]),
        ["pangan"] = new(4.0, 0.65, Area.Town, OnSite: false, [],
        [
            "Dapur produksi di {lokasi} menerapkan standar higiene sanitasi.",
            "Menu disusun untuk pekerja berat dan shift malam.",
            "Armada antar sendiri ke kawasan industri Ciwandan dan Merak.",
            "Menerima pesanan mendadak saat lembur dan shutdown.",
            "Usaha keluarga sejak {tahun}.",
        ]),
        ["kemasan"] = new(3.4, 0.25, Area.Town, OnSite: false, ["kayu", "kimia"],
        [
            "Mesin cetak dan potong sendiri, bisa bantu desain logo.",
            "Antar ke gudang pembeli di Cilegon tanpa biaya tambahan.",
            "Berdiri sejak {tahun}.",
        ]),
        ["kimia"] = new(3.6, 0.25, Area.Anywhere, OnSite: false, ["kemasan", "jasa"],
        [
            "Formula bisa disesuaikan kebutuhan pembeli dan dilengkapi MSDS.",
            "Dikemas jeriken atau drum sesuai pesanan.",
            "Produksi di {lokasi} sejak {tahun}.",
        ]),
        ["jasa"] = new(3.0, 0.1, Area.IndustrialBelt, OnSite: true, ["reparasi"],
        [
            "Armada dan operator milik sendiri, berpangkalan di {kecamatan}.",
            "Tenaga kerja dari warga sekitar kawasan industri.",
            "Siap 24 jam untuk pekerjaan shutdown.",
            "Melayani Kota Cilegon dan Kabupaten Serang sejak {tahun}.",
        ]),
        ["kayu"] = new(3.4, 0.1, Area.Town, OnSite: false, ["kemasan"],
        [
            "Kayu dari pemasok di Banten dan Lampung, dikeringkan sebelum dikerjakan.",
            "Bengkel kayu di {lokasi}, antar ke gudang pembeli.",
            "Berdiri sejak {tahun}.",
        ]),
        ["bangunan"] = new(3.4, 0.1, Area.Town, OnSite: false, [],
        [
            "Lokasi produksi di {lokasi}, bisa antar ke lokasi proyek.",
            "Mutu diuji di laboratorium mitra sesuai permintaan pembeli.",
            "Berdiri sejak {tahun}.",
        ]),
    };

    private static readonly ClusterTraits DefaultTraits = new(3.6, 0.3, Area.Anywhere, OnSite: false, [],
        ["Melayani Kota Cilegon dan sekitarnya sejak {tahun}."]);

    /// <summary>How IKM spread over the city: roughly with population, a few just outside it.</summary>
    private static readonly (Kecamatan Kecamatan, double Weight)[] KecamatanWeights =
    [
        (Kecamatan.Cibeber, 12), (Kecamatan.Cilegon, 11), (Kecamatan.Citangkil, 15), (Kecamatan.Ciwandan, 13),
        (Kecamatan.Grogol, 11), (Kecamatan.Jombang, 14), (Kecamatan.Pulomerak, 11), (Kecamatan.Purwakarta, 10),
        (Kecamatan.Outside, 1.5),
    ];

    private static readonly HashSet<Kecamatan> IndustrialBelt =
        [Kecamatan.Ciwandan, Kecamatan.Citangkil, Kecamatan.Grogol, Kecamatan.Pulomerak];

    private static readonly HashSet<Kecamatan> TownCentre =
        [Kecamatan.Jombang, Kecamatan.Cibeber, Kecamatan.Cilegon, Kecamatan.Purwakarta];

    /// <summary>Words a business name takes from its main line of work, by KBLI division, and the trade it goes by without a legal form.</summary>
    private static readonly Dictionary<string, (string[] Words, string[] Trades)> DivisionWords = new(StringComparer.Ordinal)
    {
        ["10"] = (["Boga", "Rasa", "Sari", "Food", "Pangan", "Snack"], ["Dapur", "Kue", "Roti"]),
        ["13"] = (["Majun", "Tekstil", "Kain"], ["Majun"]),
        ["14"] = (["Konveksi", "Garmen", "Busana", "Tekstil", "Collection"], ["Konveksi", "Penjahit"]),
        ["15"] = (["Safety", "Sepatu", "Kulit"], ["Sepatu"]),
        ["16"] = (["Kayu", "Palet", "Pallet"], ["Palet"]),
        ["17"] = (["Kemasan", "Karton", "Packaging", "Box"], ["Kardus"]),
        ["18"] = (["Grafika", "Printing", "Percetakan", "Offset"], ["Percetakan", "Digital Printing"]),
        ["20"] = (["Kimia", "Chemical", "Clean"], ["Sabun"]),
        ["22"] = (["Plastik", "Karet", "Polimer", "Rubber"], ["Karet"]),
        ["23"] = (["Beton", "Paving", "Bangunan", "Precast"], ["Paving"]),
        ["25"] = (["Teknik", "Las", "Baja", "Logam", "Fabrikasi", "Engineering", "Besi", "Mekanik"], ["Bengkel Las", "Bengkel Bubut", "Bengkel"]),
        ["27"] = (["Elektrik", "Listrik", "Elektro", "Panel"], ["Bengkel Panel"]),
        ["31"] = (["Mebel", "Furnitur", "Interior", "Kayu"], ["Mebel"]),
        ["32"] = (["Safety", "Pelindung", "Proteksi"], ["Safety"]),
        ["33"] = (["Teknik", "Mekanik", "Engineering", "Service", "Mesin", "Presisi"], ["Bengkel", "Bengkel Mesin"]),
        ["43"] = (["Elektrik", "Listrik", "Elektro", "Teknik"], ["Teknik Listrik"]),
        ["49"] = (["Transport", "Logistik", "Trans", "Armada", "Ekspedisi"], ["Angkutan"]),
        ["52"] = (["Logistik", "Gudang", "Pergudangan"], ["Gudang"]),
        ["56"] = (["Catering", "Boga", "Rasa", "Sari", "Katering"], ["Catering", "Katering", "Dapur"]),
        ["77"] = (["Rental", "Alat Berat", "Teknik", "Sarana"], ["Rental"]),
        ["81"] = (["Cleaning", "Bersih", "Servis", "Kebersihan"], ["Cleaning Service"]),
    };

    /// <summary>Sub-classes whose businesses name themselves differently from the rest of their division.</summary>
    private static readonly Dictionary<string, (string[] Words, string[] Trades)> CodeWords = new(StringComparer.Ordinal)
    {
        ["14131"] = (["Safety", "Tekstil", "Rajut"], ["Sarung Tangan"]),
        ["14132"] = (["Kulit", "Safety", "Leather"], ["Sarung Tangan Kulit"]),
        ["22220"] = (["Plastik", "Plastindo", "Kemasan"], ["Plastik"]),
        ["31004"] = (["Besi", "Logam", "Steel"], ["Bengkel Las"]),
        ["33141"] = (["Dinamo", "Elektrik", "Teknik"], ["Bengkel Dinamo", "Gulung Dinamo"]),
    };

    private static readonly (string[] Words, string[] Trades) DefaultWords = (["Usaha", "Industri", "Karya"], ["Usaha"]);

    private static readonly string[] Positive =
    [
        "Mandiri", "Jaya", "Abadi", "Sejahtera", "Berkah", "Karya", "Putra", "Utama", "Makmur", "Sentosa", "Barokah",
        "Bersama", "Anugerah", "Cahaya", "Sinar", "Mulia", "Sukses", "Prima", "Perkasa", "Lestari", "Gemilang",
        "Harapan", "Amanah", "Rizki", "Bintang", "Mitra", "Cipta", "Tunas", "Maju", "Sumber", "Tiga Saudara", "Dua Putri",
    ];

    private static readonly string[] LocalNames =
        ["Anyer", "Banten", "Merak", "Cilegon", "Ciwandan", "Gerem", "Suralaya", "Selat Sunda", "Sunda", "Cidanau", "Krenceng"];

    private static readonly string[] IsoBodies =
    [
        "PT Sertifikasi Mutu Nusantara", "PT Garuda Sistem Sertifikasi", "PT Prima Assessment Indonesia",
        "PT Banten Quality Certification", "PT Mutu Sentosa Registrar",
    ];

    /// <summary>Product certification bodies (LSPro) for SNI, by KBLI division.</summary>
    private static readonly Dictionary<string, string> SniBodies = new(StringComparer.Ordinal)
    {
        ["13"] = "LSPro BBSPJI Tekstil",
        ["14"] = "LSPro BBSPJI Tekstil",
        ["15"] = "LSPro BBSPJI Kulit, Karet dan Plastik",
        ["17"] = "LSPro BBSPJI Kimia, Kemasan dan Kerajinan",
        ["20"] = "LSPro BBSPJI Kimia, Kemasan dan Kerajinan",
        ["22"] = "LSPro BBSPJI Kulit, Karet dan Plastik",
        ["23"] = "LSPro BBSPJI Keramik dan Mineral Nonlogam",
        ["32"] = "LSPro BBSPJI Bahan dan Barang Teknik",
    };

    /// <summary>Products for which an SNI certificate is common or mandatory: safety shoes, helmets, paving, detergents, packaging.</summary>
    private static readonly HashSet<string> SniProducts = new(["15203", "32904", "23953", "20231", "17022", "22220"], StringComparer.Ordinal);

    /// <summary>Work done inside the plants, where buyers ask for SMK3 and safety certificates.</summary>
    private static readonly HashSet<string> OnSiteWork = new(["33200", "43211", "77391", "77393", "81290", "25113"], StringComparer.Ordinal);

    private static readonly string[] CompanyMailboxes = ["admin", "info", "marketing", "office"];

    private static readonly string[] GmailLike = ["gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com"];

    private readonly IReadOnlyList<CapabilityTemplate> _all = templates.Templates;

    private enum Area
    {
        Anywhere,
        IndustrialBelt,
        Town,
    }

    public static string NibFor(int index) => $"{NibPrefix}{index:D8}";

    public IReadOnlyList<DemoIkm> Generate(Random random)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ikms = new List<DemoIkm>(Count);
        for (var index = 1; index <= Count; index++)
        {
            ikms.Add(Next(random, index, names));
        }

        return ikms;
    }

    private DemoIkm Next(Random random, int index, HashSet<string> names)
    {
        var primary = random.PickWeighted(_all, t => t.Weight);
        var traits = Traits.GetValueOrDefault(primary.Cluster, DefaultTraits);

        var kecamatan = random.PickWeighted(KecamatanWeights, k => k.Weight * AreaFactor(traits.Area, k.Kecamatan)).Kecamatan;
        var address = DemoPlaces.IkmAddress(random, kecamatan, out var kelurahan);
        var place = new Place(
            kecamatan == Kecamatan.Outside ? "Kab. Serang" : $"Kel. {kelurahan}",
            kecamatan == Kecamatan.Outside ? "Kab. Serang" : kecamatan.ToString());

        // Skewed toward micro businesses: about half have fewer than ten workers.
        var workforce = Math.Min(80, 2 + (int)Math.Floor(78 * Math.Pow(random.NextDouble(), traits.WorkforceSkew)));

        var chosen = ChooseTemplates(random, primary, traits);
        var capabilities = chosen
            .Select((t, i) => Capability(random, t, workforce, secondary: i > 0, traits, place))
            .ToList();

        var female = random.Chance(traits.FemaleOwnerShare);
        var owner = DemoPeople.PersonName(random, female);
        var name = BusinessName(random, primary.Kbli, workforce, owner, female, kelurahan, names);
        var email = Email(random, owner, name, workforce);
        var phone = DemoPeople.MobilePhone(random);
        var certifications = Certifications(random, chosen, traits, workforce, kecamatan);

        var registeredDaysAgo = random.Between(20, 730);
        var verifyChance = 0.21 + (certifications.Count > 0 ? 0.12 : 0) + (workforce >= 20 ? 0.08 : 0);
        int? verifiedDaysAgo = random.Chance(verifyChance)
            ? Math.Max(1, registeredDaysAgo - random.Between(3, 120))
            : null;

        var profile = new IkmProfile(
            NibFor(index), name, owner, email, phone, address, kecamatan, workforce, capabilities, certifications);
        return new DemoIkm(profile, primary.Cluster, registeredDaysAgo, verifiedDaysAgo);
    }

    private static double AreaFactor(Area area, Kecamatan kecamatan) => area switch
    {
        Area.IndustrialBelt when IndustrialBelt.Contains(kecamatan) => 1.6,
        Area.Town when TownCentre.Contains(kecamatan) => 1.4,
        _ => 1.0,
    };

    /// <summary>One to three lines of work: the main one, then more from the same cluster or a related one.</summary>
    private List<CapabilityTemplate> ChooseTemplates(Random random, CapabilityTemplate primary, ClusterTraits traits)
    {
        var roll = random.NextDouble();
        var count = roll < 0.45 ? 1 : roll < 0.83 ? 2 : 3;
        var chosen = new List<CapabilityTemplate> { primary };
        var sameCluster = templates.ByCluster[primary.Cluster];
        var related = traits.Related
            .SelectMany(c => templates.ByCluster.GetValueOrDefault(c, []))
            .ToList();
        while (chosen.Count < count)
        {
            var pool = related.Count > 0 && random.Chance(0.2) ? related : sameCluster;
            var open = pool.Where(t => !chosen.Contains(t)).ToList();
            if (open.Count == 0)
            {
                open = [.. sameCluster.Concat(related).Where(t => !chosen.Contains(t))];
            }

            if (open.Count == 0)
            {
                break;
            }

            chosen.Add(random.PickWeighted(open, t => t.Weight));
        }

        return chosen;
    }

    private static CapabilityData Capability(
        Random random, CapabilityTemplate template, int workforce, bool secondary, ClusterTraits traits, Place place)
    {
        // Capacity grows with the workforce, with some spread; side lines run at a smaller scale.
        var size = (0.15 + (0.85 * Math.Pow((workforce - 2) / 78.0, 0.6))) * random.Between(0.7, 1.3) * (secondary ? 0.6 : 1.0);
        var raw = template.CapacityMin + ((template.CapacityMax - template.CapacityMin) * (decimal)Math.Clamp(size, 0, 1));
        var capacity = RoundCapacity(raw);

        var description = template.Description;
        if (random.Chance(0.55))
        {
            var sentence = random.Pick(traits.Sentences)
                .Replace("{lokasi}", place.Locality, StringComparison.Ordinal)
                .Replace("{kecamatan}", place.Kecamatan, StringComparison.Ordinal)
                .Replace("{tahun}", random.Between(1998, 2022).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{jumlah}", Math.Max(2, workforce * 2 / 3).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            description = $"{description} {sentence}";
        }

        return new CapabilityData(template.Kbli.Code, template.Name, description, capacity, template.Kbli.Unit);
    }

    /// <summary>Rounds a capacity the way people state it: 7, 35, 160, 650, 1.200, 3.500 — never 0.</summary>
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

    private static string BusinessName(
        Random random, KbliEntry kbli, int workforce, string owner, bool female, string kelurahan, HashSet<string> taken)
    {
        var (words, trades) = CodeWords.TryGetValue(kbli.Code, out var byCode)
            ? byCode
            : DivisionWords.GetValueOrDefault(kbli.Division, DefaultWords);
        var roll = random.NextDouble();
        var form = workforce >= 30
            ? (roll < 0.55 ? "PT" : roll < 0.95 ? "CV" : "UD")
            : (roll < 0.52 ? "CV" : roll < 0.8 ? "UD" : roll < 0.85 ? "PT" : null);

        for (var attempt = 0; ; attempt++)
        {
            var word = random.Pick(words);
            var p1 = random.Pick(Positive);
            var p2 = random.Pick(Positive);
            var local = random.Chance(0.3) && kelurahan != "Kabupaten Serang" ? kelurahan : random.Pick(LocalNames);
            string name;
            if (form is null)
            {
                // Home industries and workshops known by trade and owner: "Bengkel Las Pak Ujang", "Catering Bu Euis".
                name = random.Chance(0.6)
                    ? $"{random.Pick(trades)} {(female ? "Bu" : "Pak")} {DemoPeople.GivenName(owner)}"
                    : $"{random.Pick(trades)} {p1} {p2}";
            }
            else
            {
                name = random.Next(6) switch
                {
                    0 => $"{form} {word} {p1}",
                    1 => $"{form} {p1} {p2} {word}",
                    2 => $"{form} {local} {word} {p1}",
                    3 => $"{form} {p1} {word}",
                    4 => $"{form} {p1} {p2}",
                    _ => $"{form} {word} {local}",
                };
            }

            if (p1 == p2 && name.Contains($"{p1} {p2}", StringComparison.Ordinal))
            {
                continue;
            }

            if (attempt > 30)
            {
                name = $"{name} {random.Pick(Positive)}";
            }

            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>Most owners use a personal webmail address; larger firms a company mailbox; a few micro businesses give none.</summary>
    private static string? Email(Random random, string owner, string businessName, int workforce)
    {
        if (workforce < 10 && random.Chance(0.06))
        {
            return null; // reached by phone and WhatsApp only
        }

        var words = businessName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var withoutForm = (words[0] is "PT" or "CV" or "UD" ? words[1..] : words)
            .Where(w => w is not ("Bu" or "Pak"))
            .ToArray();
        if (words[0] is "PT" or "CV" && workforce >= 20 && random.Chance(0.5))
        {
            var domain = DemoPeople.Slug(string.Concat(withoutForm));
            var mailbox = random.Pick(CompanyMailboxes);
            return $"{mailbox}@{domain}{(random.Chance(0.6) ? ".co.id" : ".com")}";
        }

        var given = DemoPeople.Slug(DemoPeople.GivenName(owner));
        var business = DemoPeople.Slug(string.Concat(withoutForm.Take(2)));
        var number = random.Chance(0.4) ? random.Between(1, 99).ToString("00", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return $"{given}.{business}{number}@{random.Pick(GmailLike)}";
    }

    private List<CertificationData> Certifications(
        Random random, List<CapabilityTemplate> chosen, ClusterTraits traits, int workforce, Kecamatan kecamatan)
    {
        var certificates = new List<CertificationData>();
        var kblis = chosen.Select(t => t.Kbli).ToList();
        var makesFood = kblis.Exists(k => k.IsFood);
        var manufacturer = kblis.Exists(k => k.IsManufacturing);
        var onSite = traits.OnSite || kblis.Exists(k => OnSiteWork.Contains(k.Code));
        var city = kecamatan == Kecamatan.Outside ? "Kabupaten Serang" : "Kota Cilegon";

        // Halal (BPJPH): food and catering. Certificates issued since 2021 stay valid while the recipe is unchanged;
        // older ones carry the former four-year term.
        if (makesFood && random.Chance(0.55))
        {
            DateOnly? validUntil = random.Chance(0.25) ? Term(random, 4).ValidUntil : null;
            certificates.Add(new CertificationData(
                CertificationType.Halal, $"ID3672{random.Digits(13)}", "BPJPH Kementerian Agama", validUntil, null));
        }

        // P-IRT, the home-industry food permit, for small food producers; SLHS (hygiene and sanitation) for caterers.
        if (kblis.Exists(k => k.Division == "10") && workforce < 20 && random.Chance(0.35))
        {
            var (_, validUntil) = Term(random, 5);
            certificates.Add(new CertificationData(
                CertificationType.Other,
                $"P-IRT 2{random.Digits(12)}-{validUntil.Year % 100:00}",
                $"DPMPTSP {city}",
                validUntil,
                null));
        }

        if (kblis.Exists(k => k.Division == "56") && random.Chance(0.35))
        {
            var (issued, validUntil) = Term(random, 3);
            certificates.Add(new CertificationData(
                CertificationType.Other, $"SLHS 443.5/{random.Digits(4)}/Dinkes/{issued.Year}", $"Dinas Kesehatan {city}", validUntil, null));
        }

        // SNI product certificate (SPPT-SNI) from an LSPro, mostly for products that need one.
        var sniProduct = kblis.Find(k => SniProducts.Contains(k.Code));
        if ((sniProduct is not null && random.Chance(0.3)) || (manufacturer && random.Chance(0.02)))
        {
            var product = sniProduct ?? kblis.First(k => k.IsManufacturing);
            var (issued, validUntil) = Term(random, 4);
            certificates.Add(new CertificationData(
                CertificationType.SNI,
                $"SPPT-SNI {random.Digits(4)}/LSPro/{issued.Year}",
                SniBodies.GetValueOrDefault(product.Division, "LSPro Mutu Standar Indonesia"),
                validUntil,
                null));
        }

        // Management systems: ISO 9001 grows with size; ISO 14001 and ISO 45001 only on top of it and rarely.
        var iso9001 = !makesFood || manufacturer ? random.Chance(0.02 + (0.004 * workforce)) : random.Chance(0.01);
        if (iso9001)
        {
            var body = random.Pick(IsoBodies);
            certificates.Add(IsoCertificate(random, CertificationType.ISO9001, "QMS", body));
            if (workforce >= 20 && traits.Area != Area.Town && random.Chance(0.25))
            {
                certificates.Add(IsoCertificate(random, CertificationType.ISO14001, "EMS", body));
            }

            if (onSite && random.Chance(0.3))
            {
                certificates.Add(IsoCertificate(random, CertificationType.ISO45001, "OHS", body));
            }
        }

        // SMK3 (PP 50/2012): crews that work inside steel, chemical and power plants.
        var smk3Chance = onSite ? (workforce >= 10 ? 0.3 : 0.06) : (workforce >= 20 ? 0.03 : 0);
        if (random.Chance(smk3Chance))
        {
            var (issued, validUntil) = Term(random, 3);
            certificates.Add(new CertificationData(
                CertificationType.SMK3, $"SMK3/{random.Digits(4)}/{issued.Year}", "Kementerian Ketenagakerjaan RI", validUntil, null));
        }

        // Welders' competence certificates for metal workshops.
        if (traits.OnSite && kblis.Exists(k => k.Division is "25" or "33") && random.Chance(0.12))
        {
            var (issued, validUntil) = Term(random, 3);
            certificates.Add(new CertificationData(
                CertificationType.Other, $"Juru Las 3G/6G LSP-LAS/{issued.Year}/{random.Digits(4)}", "BNSP (LSP Pengelasan)", validUntil, null));
        }

        // TKDN: manufacturers selling into plants and government projects. Small industries self-declare.
        var tkdnChance = !manufacturer ? 0 : traits.Area == Area.Town && makesFood ? 0.04 : 0.18;
        if (random.Chance(tkdnChance))
        {
            var (issued, validUntil) = Term(random, 3);
            var percent = Math.Round((decimal)random.Between(25.0, 80.0), 2);
            var selfDeclared = workforce < 20;
            certificates.Add(new CertificationData(
                CertificationType.TKDN,
                selfDeclared
                    ? $"SD-TKDN/{issued.Year}/{random.Digits(5)}"
                    : $"{random.Digits(4)}/SJ-IND.8/TKDN/{issued.Month}/{issued.Year}",
                selfDeclared ? "Kementerian Perindustrian (self-declare industri kecil)" : "Kementerian Perindustrian (verifikasi LVI)",
                validUntil,
                percent));
        }

        return certificates;
    }

    private CertificationData IsoCertificate(Random random, CertificationType type, string prefix, string body)
    {
        var (issued, validUntil) = Term(random, 3);
        return new CertificationData(type, $"{prefix}-{issued.Year % 100:00}{random.Digits(5)}", body, validUntil, null);
    }

    /// <summary>
    /// When a certificate with a term of <paramref name="years"/> was issued and until when it is valid. Issue
    /// dates reach half a year past one term back, so about one in seven has lapsed and some lapse within months.
    /// </summary>
    private (DateOnly Issued, DateOnly ValidUntil) Term(Random random, int years)
    {
        var issued = today.AddDays(-random.Between(0, (years * 365) + 180));
        return (issued, issued.AddYears(years).AddDays(-1));
    }

    private sealed record ClusterTraits(
        double WorkforceSkew,
        double FemaleOwnerShare,
        Area Area,
        bool OnSite,
        string[] Related,
        string[] Sentences);

    private sealed record Place(string Locality, string Kecamatan);
}
