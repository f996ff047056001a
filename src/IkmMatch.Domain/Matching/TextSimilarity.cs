using System.Buffers;
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

    /// <summary>
    /// The similarity <see cref="Compare"/> gives between <paramref name="need"/> and the words of
    /// <paramref name="name"/> and <paramref name="description"/>, worked out on the characters in place: the same
    /// words, stop words and stemming as <see cref="Words"/>, without building them (no allocation once warm).
    /// </summary>
    public static double Similarity(NeedWords need, string? name, string? description)
    {
        if (need.Count == 0)
        {
            return 0;
        }

        var length = (name?.Length ?? 0) + (description?.Length ?? 0);
        if (length == 0)
        {
            return 0;
        }

        // Letters of the words one after another, and each kept word's start and length in them.
        var letters = ArrayPool<char>.Shared.Rent(length);
        var spans = ArrayPool<int>.Shared.Rent(length + 2);
        try
        {
            var used = 0;
            var words = 0;
            Collect(name, letters, spans, ref used, ref words);
            Collect(description, letters, spans, ref used, ref words);

            var distinct = 0;
            var shared = 0;
            for (var i = 0; i < words; i++)
            {
                var word = letters.AsSpan(spans[2 * i], spans[(2 * i) + 1]);
                var seen = false;
                for (var j = 0; j < i && !seen; j++)
                {
                    seen = word.SequenceEqual(letters.AsSpan(spans[2 * j], spans[(2 * j) + 1]));
                }

                if (seen)
                {
                    continue;
                }

                distinct++;
                if (need.Contains(word))
                {
                    shared++;
                }
            }

            return distinct == 0 ? 0 : (double)shared / Math.Min(need.Count, distinct);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(spans);
            ArrayPool<char>.Shared.Return(letters);
        }
    }

    private static void Collect(string? text, char[] letters, int[] spans, ref int used, ref int words)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var start = used;
        foreach (var raw in text)
        {
            var c = Fold(char.ToLowerInvariant(raw));
            if (char.IsLetterOrDigit(c))
            {
                letters[used++] = c;
            }
            else
            {
                Keep(letters, spans, start, ref used, ref words);
                start = used;
            }
        }

        Keep(letters, spans, start, ref used, ref words);
    }

    /// <summary>The word in <c>letters[start..used]</c>, stemmed, kept when <see cref="Add"/> would keep it.</summary>
    private static void Keep(char[] letters, int[] spans, int start, ref int used, ref int words)
    {
        var length = used - start;
        if (length == 0)
        {
            return;
        }

        var word = letters.AsSpan(start, length);
        if (word.Length >= 7 && word.EndsWith("nya", StringComparison.Ordinal))
        {
            word = word[..^3];
        }

        if (word.Length >= 3 && !StopWordLookup.Contains(word))
        {
            spans[2 * words] = start;
            spans[(2 * words) + 1] = word.Length;
            words++;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

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

/// <summary>The words of a need (<see cref="TextSimilarity.Words"/>), looked up by span when comparing without allocating.</summary>
public sealed class NeedWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NeedWords(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        Count = set.Count;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
