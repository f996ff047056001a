using System.Text;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>Names, phone numbers and e-mail addresses as they look in Banten: Sundanese, Javanese and Arabic names, H./Hj. for those who made the hajj.</summary>
internal static class DemoPeople
{
    private static readonly string[] MaleFirst =
    [
        "Ahmad", "Muhamad", "Dedi", "Ujang", "Asep", "Agus", "Budi", "Hendra", "Iwan", "Rudi", "Yayan", "Jaenudin",
        "Sarmili", "Mulyadi", "Ade", "Encep", "Dadang", "Cecep", "Yusuf", "Rahmat", "Andi", "Eko", "Joko", "Slamet",
        "Heri", "Irfan", "Fajar", "Rizky", "Tubagus", "Aang", "Mamat", "Sukri", "Arif", "Deni", "Wawan", "Taufik",
        "Hasan", "Ilham", "Komarudin", "Nana",
    ];

    private static readonly string[] MaleLast =
    [
        "Suryana", "Hidayat", "Kurniawan", "Setiawan", "Saputra", "Firmansyah", "Ramdani", "Hermawan", "Syarifudin",
        "Sudrajat", "Mulyana", "Nurhadi", "Wahyudi", "Supriyadi", "Maulana", "Fauzi", "Rohman", "Jamaludin", "Sobari",
        "Sulaeman", "Hasanudin", "Mansur", "Fathurohman", "Kholil", "Subhan", "Suhendi", "Permana", "Gunawan",
        "Prasetyo", "Santoso", "Hakim", "Nugraha", "Sutisna", "Kusnadi",
    ];

    private static readonly string[] FemaleFirst =
    [
        "Siti", "Euis", "Neneng", "Iis", "Yuyun", "Rina", "Dewi", "Imas", "Ida", "Lilis", "Tati", "Yanti", "Sri",
        "Fitri", "Rohimah", "Nining", "Eni", "Ratna", "Heni", "Ani", "Aisyah", "Nurul", "Titin", "Enok", "Cucu",
        "Rini", "Wulan", "Maya",
    ];

    private static readonly string[] FemaleLast =
    [
        "Rahmawati", "Nurhayati", "Suryani", "Marlina", "Handayani", "Wulandari", "Kurniasih", "Susanti", "Lestari",
        "Fitriani", "Komalasari", "Maryani", "Rohaeti", "Hasanah", "Maesaroh", "Khotimah", "Sholihah", "Aryani",
        "Mulyati", "Sumarni",
    ];

    /// <summary>Mobile prefixes of the Indonesian operators, written after +62.</summary>
    private static readonly string[] MobilePrefixes =
    [
        "811", "812", "813", "821", "822", "823", "852", "853", "856", "857", "858", "859", "877", "878", "895",
        "896", "897", "898", "899", "881", "882", "838", "831",
    ];

    /// <summary>Exchange prefixes of Cilegon's area code 0254 (city, industrial estate, Merak).</summary>
    private static readonly string[] CilegonExchanges = ["310", "311", "312", "372", "373", "376", "380", "381", "391", "392", "393", "571", "572", "601", "602"];

    public static string PersonName(Random random, bool female)
    {
        var first = random.Pick(female ? FemaleFirst : MaleFirst);
        var name = random.Chance(0.12) ? first : $"{first} {random.Pick(female ? FemaleLast : MaleLast)}";
        return random.Chance(0.08) ? $"{(female ? "Hj." : "H.")} {name}" : name;
    }

    /// <summary>A mobile number such as "+62 812 3456 7890" — how an IKM owner is reached, mostly on WhatsApp.</summary>
    public static string MobilePhone(Random random) =>
        $"+62 {random.Pick(MobilePrefixes)} {random.Digits(4)} {random.Digits(random.Chance(0.8) ? 4 : 3)}";

    /// <summary>An office number in Cilegon such as "+62 254 391 204".</summary>
    public static string OfficePhone(Random random) => $"+62 254 {random.Pick(CilegonExchanges)} {random.Digits(3)}";

    /// <summary>Lower-case ASCII letters of <paramref name="text"/>, for the local part or domain of an e-mail address.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The given name without an H./Hj. title, for e-mail addresses.</summary>
    public static string GivenName(string personName)
    {
        var parts = personName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts[0] is "H." or "Hj." ? parts[1] : parts[0];
    }
}
