namespace IkmMatch.Domain.Matching.Language;

/// <summary>
/// Reduces an affixed Indonesian word to its root, accepting only roots the lexicon knows (in the way of
/// Nazief–Adriani: a dictionary decides, never blind stripping, so "pengelasan" becomes "las" and not "elas").
/// <list type="number">
/// <item>A word the lexicon knows is its own root ("kemas", "pelat", "bengkel").</item>
/// <item>Otherwise every reading of it as prefixes + root + suffixes is tried: the particles -lah/-kah/-pun, the
/// possessives -ku/-mu/-nya, the suffixes -kan/-an/-i, and up to two prefixes of di-, ke-, se-, ter-, ber-, per-, meN-,
/// peN- with their sound changes (meng-/peng- before a vowel or g/h/kh and with a dropped k; meny-/peny- with a dropped
/// s; mem-/pem- before b/f/v or with a dropped p; men-/pen- before c/d/j/z or with a dropped t; menge-/penge- before a
/// one-syllable root).</item>
/// <item>Readings that strip less come first (suffixes alone, then prefixes alone, then both). Among the readings the
/// lexicon accepts, one whose root is a procurement term wins ("pengemasan": kemas, not mas; "pengelasan": las, not
/// kelas); otherwise the first.</item>
/// </list>
/// A word that no reading turns into a known root (an English word, a brand, a code) is left as it is.
/// </summary>
public sealed class IndonesianStemmer(IReadOnlySet<string> roots, Func<string, bool> isTerm)
{
    private const int MinimumRoot = 3;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["kan", "an", "i"];
    private static readonly string[] PlainPrefixes = ["di", "ke", "se"];
    private static readonly (string Full, string Short)[] ShortPrefixes = [("ter", "te"), ("ber", "be"), ("per", "pe")];

    /// <summary>The root of <paramref name="word"/> (lower-case letters), or the word itself when none is found.</summary>
    public string Stem(string word)
    {
        if (word.Length <= MinimumRoot || roots.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        string? first = null;
        foreach (var candidate in Readings(word))
        {
            if (candidate.Length < MinimumRoot || !roots.Contains(candidate))
            {
                continue;
            }

            if (isTerm(candidate))
            {
                return candidate;
            }

            first ??= candidate;
        }

        return first ?? word;
    }

    /// <summary>Every reading of the word as a root, fewest affixes first.</summary>
    private static IEnumerable<string> Readings(string word)
    {
        var stems = SuffixReadings(word).ToList();

        // Suffixes alone.
        foreach (var stem in stems.Skip(1))
        {
            yield return stem;
        }

        // Prefixes alone, then prefixes with the suffixes.
        foreach (var stem in stems)
        {
            foreach (var root in PrefixReadings(stem, depth: 0))
            {
                yield return root;
            }
        }
    }

    /// <summary>The word itself, then the word without particle, possessive and derivational suffixes in turn.</summary>
    private static IEnumerable<string> SuffixReadings(string word)
    {
        yield return word;
        var withoutParticle = Strip(word, Particles) ?? word;
        if (!ReferenceEquals(withoutParticle, word))
        {
            yield return withoutParticle;
        }

        var withoutPossessive = Strip(withoutParticle, Possessives) ?? withoutParticle;
        if (!ReferenceEquals(withoutPossessive, withoutParticle))
        {
            yield return withoutPossessive;
        }

        foreach (var suffix in Derivational)
        {
            if (withoutPossessive.Length > suffix.Length + MinimumRoot - 1 && withoutPossessive.EndsWith(suffix, StringComparison.Ordinal))
            {
                // "-kan" is tried before "-an", and both are kept: "perbaikan" is per + baik + an.
                yield return withoutPossessive[..^suffix.Length];
            }
        }
    }

    private static string? Strip(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length > suffix.Length + MinimumRoot && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return null;
    }

    /// <summary>The readings of <paramref name="word"/> without one prefix (and, once more, without a second).</summary>
    private static IEnumerable<string> PrefixReadings(string word, int depth)
    {
        foreach (var rest in WithoutPrefix(word))
        {
            if (rest.Length < MinimumRoot)
            {
                continue;
            }

            yield return rest;
            if (depth == 0)
            {
                foreach (var deeper in PrefixReadings(rest, depth + 1))
                {
                    yield return deeper;
                }
            }
        }
    }

    /// <summary>What remains of the word after each prefix it may carry, with the sound changes of meN- and peN-.</summary>
    private static IEnumerable<string> WithoutPrefix(string word)
    {
        foreach (var plain in PlainPrefixes)
        {
            if (word.StartsWith(plain, StringComparison.Ordinal))
            {
                yield return word[plain.Length..];
            }
        }

        foreach (var (full, shortForm) in ShortPrefixes)
        {
            if (word.StartsWith(full, StringComparison.Ordinal))
            {
                yield return word[full.Length..];
            }

            // te-/be-/pe- before a root that starts with r ("berencana"), or with er ("bekerja", "pekerja").
            if (word.StartsWith(shortForm, StringComparison.Ordinal) && !word.StartsWith(full, StringComparison.Ordinal))
            {
                yield return word[shortForm.Length..];
            }
        }

        foreach (var nasal in (string[])["me", "pe"])
        {
            if (!word.StartsWith(nasal, StringComparison.Ordinal) || word.Length < nasal.Length + 3)
            {
                continue;
            }

            var rest = word[nasal.Length..];
            foreach (var root in Nasal(rest))
            {
                yield return root;
            }
        }
    }

    /// <summary>The roots behind the nasal of meN-/peN- (<paramref name="rest"/> is what follows me-/pe-).</summary>
    private static IEnumerable<string> Nasal(string rest)
    {
        if (rest.StartsWith("nge", StringComparison.Ordinal) && rest.Length >= 5)
        {
            // menge-/penge- before a one-syllable root: "pengelasan" → las, "mengecat" → cat.
            yield return rest[3..];
        }

        if (rest.StartsWith("ng", StringComparison.Ordinal))
        {
            var after = rest[2..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return after;            // mengangkut → angkut
                yield return "k" + after;      // menguras → kuras
            }
            else if (after.Length > 0 && (after[0] is 'g' or 'h' || after.StartsWith("kh", StringComparison.Ordinal)))
            {
                yield return after;            // menggulung → gulung
            }

            yield break;
        }

        if (rest.StartsWith("ny", StringComparison.Ordinal))
        {
            var after = rest[2..];
            if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return "s" + after;      // menyambung → sambung
            }

            yield break;
        }

        if (rest.StartsWith('m'))
        {
            var after = rest[1..];
            if (after.Length > 0 && after[0] is 'b' or 'f' or 'v')
            {
                yield return after;            // membubut → bubut
            }
            else if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return "p" + after;      // pemasangan → pasang
                yield return rest;             // memasak → masak (me- before m)
            }

            yield break;
        }

        if (rest.StartsWith('n'))
        {
            var after = rest[1..];
            if (after.Length > 0 && after[0] is 'c' or 'd' or 'j' or 'z' or 's')
            {
                yield return after;            // penjahitan → jahit
            }
            else if (after.Length > 0 && IsVowel(after[0]))
            {
                yield return "t" + after;      // menanam → tanam
                yield return rest;             // menilai → nilai (me- before n)
            }

            yield break;
        }

        if (rest.Length > 0 && rest[0] is 'l' or 'r' or 'w' or 'y')
        {
            yield return rest;                 // merawat → rawat, melapis → lapis
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
