using System.Text;

namespace IkmMatch.Domain.Matching;

/// <summary>
/// Deterministic, explainable word overlap between a need and a capability, for Indonesian (and English) text.
/// <list type="number">
/// <item>Text is lower-cased and accents folded (é → e, by a fixed table, so the result does not depend on the
/// machine's globalization data); everything that is not a letter or digit separates words ("pipe-rack," → "pipe", "rack").</item>
/// <item>Stop words are dropped: Indonesian function words (dan, untuk, yang, dengan, di, ke, dari, …), generic
/// procurement words (jasa, pengadaan, kebutuhan, …) and English ones; so are words shorter than 3 letters.</item>
/// <item>A light Indonesian stemmer strips the possessive -nya ("kapasitasnya" → "kapasitas"); the plural
/// reduplication ("pipa-pipa") falls to one word. (-lah and -kah are left alone: they end too many roots, such as
/// "sekolah" and "masalah".)</item>
/// <item>The similarity is the overlap coefficient |N ∩ C| / min(|N|, |C|) of the two word sets: 1 when every word of the
/// shorter text appears in the longer one. The shared words are returned so the explanation can name them.</item>
/// </list>
/// </summary>
public static class TextSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // Indonesian function words
        "dan", "atau", "yang", "untuk", "dengan", "di", "ke", "dari", "pada", "dalam", "oleh", "akan", "ini", "itu",
        "serta", "juga", "sebagai", "secara", "per", "tiap", "setiap", "para", "bagi", "agar", "sesuai", "hingga",
        "sampai", "tanpa", "antara", "lain", "lainnya", "berupa", "termasuk", "adalah", "kami", "kita", "tersebut",
        "dapat", "bisa", "harus", "wajib", "sudah", "belum", "tidak", "bukan", "lebih", "kurang", "minimal", "maksimal",
        "sekitar", "bulan", "tahun", "hari", "minggu", "jam", "saat", "siap", "tim", "mulai", "selama", "kali",
        // generic procurement words that say nothing about what is bought
        "jasa", "pengadaan", "kebutuhan", "pekerjaan", "penyediaan", "layanan", "produk", "barang", "industri",
        "kegiatan", "unit", "area", "lokasi", "pabrik", "plant",
        // English
        "the", "and", "for", "with", "from", "into", "per", "of", "to", "in", "on", "or", "by", "services", "service",
        "supply", "supplies",
    };

    /// <summary>The distinct, normalised words of <paramref name="texts"/>, sorted ordinally.</summary>
    public static SortedSet<string> Words(params ReadOnlySpan<string?> texts)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var raw in text)
            {
                var c = Fold(char.ToLowerInvariant(raw));
                if (char.IsLetterOrDigit(c))
                {
                    current.Append(c);
                }
                else if (c == '-' && current.Length > 0)
                {
                    // "pipa-pipa" (plural) and "pipe-rack" both split here; the duplicate vanishes in the set.
                    Add(words, current);
                }
                else
                {
                    Add(words, current);
                }
            }

            Add(words, current);
        }

        return words;
    }

    /// <summary>Overlap coefficient of the two word sets, and the words they share.</summary>
    public static (double Similarity, IReadOnlyList<string> Shared) Compare(SortedSet<string> need, SortedSet<string> capability)
    {
        if (need.Count == 0 || capability.Count == 0)
        {
            return (0, []);
        }

        var shared = new List<string>();
        foreach (var word in capability)
        {
            if (need.Contains(word))
            {
                shared.Add(word);
            }
        }

        return ((double)shared.Count / Math.Min(need.Count, capability.Count), shared);
    }

    private static void Add(SortedSet<string> words, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = Stem(current.ToString());
        current.Clear();
        if (word.Length >= 3 && !StopWords.Contains(word))
        {
            words.Add(word);
        }
    }

    /// <summary>Strips the possessive -nya from words long enough to keep a root of 4 letters.</summary>
    private static string Stem(string word) =>
        word.Length >= 7 && word.EndsWith("nya", StringComparison.Ordinal) ? word[..^3] : word;

    /// <summary>Folds the accented Latin letters met in Indonesian and European text to their base letter.</summary>
    private static char Fold(char c)
    {
        if (c < '\u00e0')
        {
            return c;
        }

        var index = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? c : BaseLetters[index];
    }

    private const string AccentedLetters = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįłñńňòóôõöøōŏőùúûüūŭůűųýÿžźżšśşťţŕřğ";
    private const string BaseLetters = "aaaaaaaaacccdeeeeeeeeeiiiiiiilnnnooooooooouuuuuuuuuyyzzzsssttrrg";
}
