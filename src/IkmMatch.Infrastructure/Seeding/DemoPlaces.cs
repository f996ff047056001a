using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>Kota Cilegon's kelurahan, streets and the industrial belt, for demo addresses.</summary>
internal static class DemoPlaces
{
    /// <summary>The 43 kelurahan of Kota Cilegon by kecamatan.</summary>
    public static readonly IReadOnlyDictionary<Kecamatan, string[]> Kelurahan = new Dictionary<Kecamatan, string[]>
    {
        [Kecamatan.Cibeber] = ["Cibeber", "Kalitimbang", "Karangasem", "Bulakan", "Cikerai", "Kedaleman"],
        [Kecamatan.Cilegon] = ["Ciwaduk", "Ketileng", "Bendungan", "Ciwedus", "Bagendung"],
        [Kecamatan.Citangkil] = ["Citangkil", "Samangraya", "Kebonsari", "Warnasari", "Lebakdenok", "Tamanbaru", "Deringo"],
        [Kecamatan.Ciwandan] = ["Kubangsari", "Tegalratu", "Banjar Negara", "Kepuh", "Randakari", "Gunungsugih"],
        [Kecamatan.Grogol] = ["Grogol", "Rawa Arum", "Gerem", "Kotasari"],
        [Kecamatan.Jombang] = ["Jombang Wetan", "Masigit", "Sukmajaya", "Panggung Rawi", "Gedong Dalem"],
        [Kecamatan.Pulomerak] = ["Tamansari", "Lebak Gede", "Suralaya", "Mekarsari"],
        [Kecamatan.Purwakarta] = ["Purwakarta", "Ramanuju", "Kebondalem", "Kotabumi", "Tegal Bunder", "Pabean"],
    };

    /// <summary>Neighbourhood streets where IKM workshops, kitchens and home industries sit.</summary>
    private static readonly Dictionary<Kecamatan, string[]> LocalStreets = new()
    {
        [Kecamatan.Cibeber] = ["Jl. Lingkar Selatan", "Jl. Raya Cibeber", "Jl. Kalitimbang", "Jl. Perumnas Cibeber", "Jl. Cikerai"],
        [Kecamatan.Cilegon] = ["Jl. Raya Cilegon", "Jl. KH. Wasyid", "Jl. Ciwaduk", "Jl. Bagendung", "Jl. Ketileng"],
        [Kecamatan.Citangkil] = ["Jl. Deringo", "Jl. Lebakdenok", "Jl. Warnasari", "Jl. Samangraya", "Jl. Kebonsari"],
        [Kecamatan.Ciwandan] = ["Jl. Raya Anyer", "Jl. Kubangsari", "Jl. Tegalratu", "Jl. Randakari", "Jl. Cigading"],
        [Kecamatan.Grogol] = ["Jl. Raya Merak", "Jl. Gerem Raya", "Jl. Rawa Arum", "Jl. Kotasari", "Jl. Grogol Indah"],
        [Kecamatan.Jombang] = ["Jl. Jend. Sudirman", "Jl. S.A. Tirtayasa", "Jl. Ahmad Yani", "Jl. Masigit", "Jl. Panggung Rawi"],
        [Kecamatan.Pulomerak] = ["Jl. Raya Merak", "Jl. Raya Suralaya", "Jl. Lebak Gede", "Jl. Tamansari", "Jl. Mekarsari"],
        [Kecamatan.Purwakarta] = ["Jl. Kotabumi", "Jl. Pabean", "Jl. Ramanuju", "Jl. Purwakarta Raya", "Jl. Tegal Bunder"],
    };

    private static readonly string[] Lingkungan =
    [
        "Link. Sukajadi", "Link. Kebon Kelapa", "Link. Pasar Lama", "Link. Kubang", "Link. Cikuasa", "Link. Pegantungan",
        "Link. Sumur Wuluh", "Link. Kedung Baya", "Link. Tegal Wangi", "Link. Cilodan", "Link. Kavling Baru",
        "Link. Jerang Ilir", "Link. Pangarengan", "Link. Kaligandu", "Link. Cibeber Ilir",
    ];

    /// <summary>Addresses just outside the city, in Kabupaten and Kota Serang, for IKM registered as Outside.</summary>
    private static readonly string[] OutsideAddresses =
    [
        "Jl. Raya Anyer Km. 131, Desa Anyar, Kec. Anyar, Kab. Serang",
        "Jl. Raya Serang–Cilegon Km. 6, Kec. Kramatwatu, Kab. Serang",
        "Jl. Raya Bojonegara No. {0}, Kec. Bojonegara, Kab. Serang",
        "Jl. Raya Mancak No. {0}, Kec. Mancak, Kab. Serang",
        "Jl. Raya Cinangka Km. 140, Kec. Cinangka, Kab. Serang",
        "Jl. Raya Pakupatan No. {0}, Kec. Cipocok Jaya, Kota Serang",
        "Jl. Raya Pulo Ampel No. {0}, Kec. Pulo Ampel, Kab. Serang",
    ];

    private static readonly string[] Roman = ["I", "II", "III"];

    /// <summary>Where the large industries stand: the Anyer road, the industrial estate, Merak and Suralaya.</summary>
    private static readonly Dictionary<Kecamatan, Func<Random, string>[]> IndustrialStreets = new()
    {
        [Kecamatan.Ciwandan] =
        [
            r => $"Jl. Raya Anyer Km. {r.Between(118, 130)}, Kel. {r.Pick(Kelurahan[Kecamatan.Ciwandan])}",
            r => $"Jl. Raya Cigading No. {r.Between(1, 90)}, Kel. Tegalratu",
            r => $"Jl. Pelabuhan Ciwandan No. {r.Between(1, 40)}, Kel. Kubangsari",
            r => $"Jl. Asia Raya Kav. {(char)('A' + r.Next(6))}-{r.Between(1, 30)}, Kawasan Industri Cilegon",
        ],
        [Kecamatan.Citangkil] =
        [
            r => $"Jl. Industri No. {r.Between(1, 60)}, Kel. {r.Pick(Kelurahan[Kecamatan.Citangkil])}",
            r => $"Jl. Eropa {r.Pick(Roman)} Kav. {(char)('A' + r.Next(6))}-{r.Between(1, 30)}, Kawasan Industri Cilegon",
            r => $"Jl. Australia {r.Pick(Roman)} Kav. {(char)('A' + r.Next(6))}-{r.Between(1, 30)}, Kawasan Industri Cilegon",
            r => $"Jl. Amerika {r.Pick(Roman)} Kav. {(char)('A' + r.Next(6))}-{r.Between(1, 30)}, Kawasan Industri Cilegon",
        ],
        [Kecamatan.Grogol] =
        [
            r => $"Jl. Raya Gerem No. {r.Between(1, 120)}, Kel. Gerem",
            r => $"Jl. Raya Merak Km. {r.Between(110, 115)}, Kel. {r.Pick(Kelurahan[Kecamatan.Grogol])}",
            r => $"Jl. Asia Raya Kav. {(char)('A' + r.Next(6))}-{r.Between(1, 30)}, Kel. Kotasari",
        ],
        [Kecamatan.Pulomerak] =
        [
            r => $"Jl. Raya Merak Km. {r.Between(116, 120)}, Kel. {r.Pick(Kelurahan[Kecamatan.Pulomerak])}",
            r => $"Jl. Raya Suralaya No. {r.Between(1, 80)}, Kel. Suralaya",
            r => $"Jl. Pelabuhan Merak No. {r.Between(1, 30)}, Kel. Tamansari",
        ],
    };

    /// <summary>City-centre streets where offices of large industries sit.</summary>
    private static readonly string[] OfficeStreets =
        ["Jl. Jend. Sudirman", "Jl. S.A. Tirtayasa", "Jl. Ahmad Yani", "Jl. KH. Wasyid", "Jl. Lingkar Selatan", "Jl. Raya Cilegon"];

    /// <summary>The address of an IKM: a street number or a lingkungan with RT/RW, and the kelurahan.</summary>
    public static string IkmAddress(Random random, Kecamatan kecamatan, out string kelurahan)
    {
        if (kecamatan == Kecamatan.Outside)
        {
            kelurahan = "Kabupaten Serang";
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(OutsideAddresses), random.Between(1, 99));
        }

        kelurahan = random.Pick(Kelurahan[kecamatan]);
        var rt = random.Between(1, 12);
        var rw = random.Between(1, 9);
        return random.Chance(0.6)
            ? $"{random.Pick(LocalStreets[kecamatan])} No. {random.Between(1, 150)}, RT {rt:00}/RW {rw:00}, Kel. {kelurahan}"
            : $"{random.Pick(Lingkungan)} RT {rt:00}/RW {rw:00}, Kel. {kelurahan}";
    }

    /// <summary>The address of a large industry's site, or of its office in the city centre.</summary>
    public static string IndustryAddress(Random random, Kecamatan kecamatan)
    {
        if (IndustrialStreets.TryGetValue(kecamatan, out var streets))
        {
            return random.Pick(streets)(random);
        }

        var kelurahan = Kelurahan.TryGetValue(kecamatan, out var names) ? $", Kel. {random.Pick(names)}" : string.Empty;
        return $"{random.Pick(OfficeStreets)} No. {random.Between(1, 200)}{kelurahan}";
    }
}
