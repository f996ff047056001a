namespace IkmMatch.Domain.Matching.Language;

/// <summary>
/// Reduces an affixed Indonesian word to its root, accepting only roots the lexicon knows (in the way of
/// Nazief–Adriani: a dictionary decides, never blind stripping, so "pengelasan" becomes "las" and not "elas").
/// <list type="number">
/// <item>A word the lexicon knows is its own root ("kemas", "pelat", "bengkel").</item>
/// <item>Otherwise every reading of it as prefixes + root + suffixes is tried: the particles -lah/-kah/-pun, the
/// possessives -ku/-mu/-nya, the suffixes -an/-kan/-i, and up to two prefixes of di-, ke-, se-, ter-, ber-, per-, meN-,
/// peN- with their sound changes (meng-/peng- before a vowel or g/h/kh and with a dropped k; meny-/peny- with a dropped
/// s; mem-/pem- before b/f/v or with a dropped p; men-/pen- before c/d/j/z or with a dropped t; me-/pe- before l/r/w/y
/// and, when no p- or t-root fits, before m/n; menge-/penge- before a one-syllable root only, so "pengepakan" is
/// pak and "pengeringan" kering, not pakan and ringan; te-/be-/pe- only before a root that starts with r or whose
/// first syllable ends in er: "berencana", "bekerja", "pekerja", so "pemadam" is padam and not pe + madam). A consonant
/// restored after meN-/peN- never begins a second prefix ("pengeringan" is not peng + ke + ringan).</item>
/// <item>Readings that strip less come first, counted in affixes: suffixes alone, then one prefix alone, then one
/// prefix with suffixes, then two prefixes, and so on ("keterangan" is ke + terang + an before ke + ter + angan).
/// Within a count, the suffix that removes fewer letters comes first (-an before -kan: "masakan" is masak, not masa;
/// a -kan word still reads as root + kan when root + k is no root: "gantikan" is ganti), and the sound changes in the
/// order above: the restored p or t before the nasal as written (pemadam: padam before madam), the vowel as written
/// before a restored k (pengukuran: ukur before kukur, pengisian: isi before kisi).</item>
/// <item>Among the readings the lexicon accepts, one whose root is a procurement term wins ("pengemasan": kemas, not
/// mas; "pengelasan": las, not kelas); otherwise the first.</item>
/// </list>
/// Where both readings of a nasal give real roots the order is a choice, not knowledge: "memasak" reads as pasak and
/// "pengupasan" as upas. Such a word is settled by the data, not by a rule here: a procurement term wins (item 4), and a
/// rare root that hijacks common words is left out of the lexicon (tools/lexicon/roots-exclude.txt).
/// A word that no reading turns into a known root (an English word, a brand, a code) is left as it is.
/// </summary>
public sealed class IndonesianStemmer(IReadOnlySet<string> roots, Func<string, bool> isTerm)
{
    private const int MinimumRoot = 3;

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Derivational = ["an", "kan", "i"];
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

    /// <summary>
    /// Every reading of the word as a root, fewest affixes first: suffixes alone, then one prefix alone, then one prefix
    /// with suffixes, then two prefixes… (ordered by the number of affixes removed, then by the number of prefixes; within
    /// a class the order of generation, which puts the suffix that removes fewer letters first).
    /// </summary>
    private static IEnumerable<string> Readings(string word)
    {
        var readings = new List<(string Root, int Affixes, int Prefixes)>();
        foreach (var (stem, suffixes) in SuffixReadings(word))
        {
            if (suffixes > 0)
            {
                readings.Add((stem, suffixes, 0));
            }

            foreach (var (root, prefixes) in PrefixReadings(stem, depth: 0))
            {
                readings.Add((root, suffixes + prefixes, prefixes));
            }
        }

        // OrderBy is stable: readings of one class keep the order they were generated in.
        return readings.OrderBy(r => r.Affixes).ThenBy(r => r.Prefixes).Select(r => r.Root);
    }

    /// <summary>
    /// The word itself, then the word without particle, possessive and derivational suffixes in turn, each with the
    /// number of suffixes removed.
    /// </summary>
    private static IEnumerable<(string Stem, int Suffixes)> SuffixReadings(string word)
    {
        yield return (word, 0);
        var suffixes = 0;
        var withoutParticle = Strip(word, Particles) ?? word;
        if (!ReferenceEquals(withoutParticle, word))
        {
            suffixes++;
            yield return (withoutParticle, suffixes);
        }

        var withoutPossessive = Strip(withoutParticle, Possessives) ?? withoutParticle;
        if (!ReferenceEquals(withoutPossessive, withoutParticle))
        {
            suffixes++;
            yield return (withoutPossessive, suffixes);
        }

        foreach (var suffix in Derivational)
        {
            if (withoutPossessive.Length > suffix.Length + MinimumRoot - 1 && withoutPossessive.EndsWith(suffix, StringComparison.Ordinal))
            {
                // "-an" is tried before "-kan" (it removes less), and both are kept: "masakan" is masak + an,
                // "gantikan" ganti + kan.
                yield return (withoutPossessive[..^suffix.Length], suffixes + 1);
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

    /// <summary>The readings of <paramref name="word"/> without one prefix (and, once more, without a second), with the number of prefixes removed.</summary>
    private static IEnumerable<(string Root, int Prefixes)> PrefixReadings(string word, int depth)
    {
        foreach (var rest in WithoutPrefix(word))
        {
            if (rest.Length < MinimumRoot)
            {
                continue;
            }

            yield return (rest, depth + 1);

            // A consonant a nasal swallowed and that is restored does not begin a second prefix: meN-/peN- keep the first
            // letter of a prefix ("memper-"), so "pengeringan" is not peng + ke + ringan.
            if (depth == 0 && word.EndsWith(rest, StringComparison.Ordinal))
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

            // te-/be-/pe- only before a root that starts with r ("berencana": ber + rencana) or whose first syllable
            // ends in er ("bekerja", "pekerja", "peserta"); elsewhere "pe" is peN- ("pemadam" is pem + padam, not pe + madam).
            if (word.StartsWith(shortForm, StringComparison.Ordinal) && BeforeShortForm(word.AsSpan(shortForm.Length)))
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
        if (rest.StartsWith("nge", StringComparison.Ordinal) && rest.Length >= 5 && IsOneSyllable(rest.AsSpan(3)))
        {
            // menge-/penge- before a one-syllable root only: "pengelasan" → las, "mengecat" → cat, "pengepakan" → pak;
            // "pengeringan" is peng + kering + an, not penge + ringan.
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
                yield return rest;             // memakan → makan (me- before m, after the p-root)
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
                yield return rest;             // menilai → nilai (me- before n, after the t-root)
            }

            yield break;
        }

        if (rest.Length > 0 && rest[0] is 'l' or 'r' or 'w' or 'y')
        {
            yield return rest;                 // merawat → rawat, melapis → lapis
        }
    }

    /// <summary>Whether te-/be-/pe- may stand before <paramref name="rest"/>: it starts with r, or with a consonant + er
    /// that is not itself a nasal, liquid or glide (those are read as meN-/peN- and per-/ber-/ter-).</summary>
    private static bool BeforeShortForm(ReadOnlySpan<char> rest) =>
        rest.Length >= MinimumRoot
        && (rest[0] == 'r'
            || (!IsVowel(rest[0]) && rest[0] is not ('l' or 'm' or 'n' or 'w' or 'y') && rest[1..].StartsWith("er", StringComparison.Ordinal)));

    /// <summary>Whether the word has one vowel group: one syllable ("las", "cat", "pak"; not "ringan", "pakan").</summary>
    private static bool IsOneSyllable(ReadOnlySpan<char> word)
    {
        var groups = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (IsVowel(word[i]) && (i == 0 || !IsVowel(word[i - 1])))
            {
                groups++;
            }
        }

        return groups == 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
