using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace IkmMatch.Domain.Matching.Language;

/// <summary>How a term of a text came to stand for a word of it.</summary>
public enum TermMatch
{
    /// <summary>The word as written.</summary>
    Same,

    /// <summary>The word reduced to its root ("pengelasan" → las).</summary>
    Root,

    /// <summary>The word or phrase is a synonym, translation or abbreviation of the term in the thesaurus ("kain lap" → majun).</summary>
    Synonym,
}

/// <summary>One term of an analysed text: the key compared, and the words it came from.</summary>
/// <param name="Key">The root, or the thesaurus concept, that texts are compared on.</param>
/// <param name="Surface">The word or phrase as written (lower-cased), for explanations.</param>
/// <param name="How">How <paramref name="Surface"/> became <paramref name="Key"/>.</param>
/// <param name="Weak">
/// A term that says what kind of work is asked or names something generic (<c>Language/weak-id.txt</c>), or a word of a
/// multi-word thesaurus term: it counts half in a need.
/// </param>
public readonly record struct AnalyzedTerm(string Key, string Surface, TermMatch How, bool Weak = false);

/// <summary>
/// The language of Cilegon's procurement: how needs and IKM capabilities are turned into comparable terms (DESIGN §3).
/// <list type="number">
/// <item>Text is lower-cased, accents folded, and split on anything that is not a letter or digit; a reduplicated word
/// ("pipa-pipa") counts once.</item>
/// <item>Each word is reduced to its root with <see cref="IndonesianStemmer"/> and the root lexicon
/// (<c>Language/roots-id.txt</c>).</item>
/// <item>The procurement thesaurus (<c>Language/thesaurus-id.txt</c>) maps words and phrases, longest first, to one
/// concept each: synonyms, trade terms, abbreviations and the English plants write (majun ~ kain lap, APD ~ alat
/// pelindung diri). Its entries are analysed the same way, so "pengelasan" meets "las" and "welding" alike. A short
/// abbreviation written in capitals there (HE, TA) only matches capitals in the text.</item>
/// <item>Stop words (<c>Language/stopwords-id.txt</c>): function words and generic procurement words are dropped, as
/// are words under three letters and bare numbers, unless the thesaurus knows them.</item>
/// </list>
/// The data files are embedded in this assembly; <see cref="Version"/> changes whenever any of them does, so that
/// terms stored from an older version can be recomputed.
/// </summary>
public sealed class ProcurementLanguage
{
    private const int MaxCachedStems = 200_000;
    private const string ResourcePrefix = "IkmMatch.Domain.Matching.Language.";

    private static readonly Lazy<ProcurementLanguage> Embedded = new(LoadEmbedded);

    private readonly HashSet<string> _stopWords;
    private readonly IndonesianStemmer _stemmer;
    private readonly Dictionary<string, Concept> _phrases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalyzedTerm[]> _analyzed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _thesaurusWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roots;
    private readonly HashSet<string> _weak = new(StringComparer.Ordinal);
    private readonly int _longestPhrase;

    public ProcurementLanguage(
        IEnumerable<string> roots, IEnumerable<string> thesaurusLines, IEnumerable<string> stopWords, IEnumerable<string>? weakLines = null, string version = "custom")
    {
        Version = version;
        _stopWords = new HashSet<string>(Clean(stopWords).Select(Fold), StringComparer.Ordinal);
        var rootSet = new HashSet<string>(Clean(roots).Select(Fold), StringComparer.Ordinal);

        var concepts = ParseThesaurus(thesaurusLines);
        var thesaurusWords = _thesaurusWords;
        foreach (var concept in concepts)
        {
            foreach (var term in concept.Terms)
            {
                foreach (var word in Tokens(term))
                {
                    thesaurusWords.Add(word.Text);
                }
            }
        }

        _roots = rootSet;
        _stemmer = new IndonesianStemmer(rootSet, thesaurusWords.Contains);
        foreach (var concept in concepts)
        {
            var key = string.Join(' ', Tokens(concept.Terms[0]).Select(t => Root(t.Text)));
            foreach (var term in concept.Terms)
            {
                var tokens = Tokens(term).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }

                var phrase = string.Join(' ', tokens.Select(t => Root(t.Text)));
                var upperOnly = term.Length <= 2 && term.All(c => !char.IsLetter(c) || char.IsUpper(c));
                // The first concept to claim a phrase keeps it: the thesaurus is read top to bottom.
                _phrases.TryAdd(phrase, new Concept(key, upperOnly));
                _longestPhrase = Math.Max(_longestPhrase, tokens.Count);
            }
        }

        foreach (var line in Clean(weakLines ?? []))
        {
            foreach (var term in Analyze(line))
            {
                _weak.Add(term.Key);
            }
        }
    }

    /// <summary>The language of the data files embedded in this assembly.</summary>
    public static ProcurementLanguage Default => Embedded.Value;

    /// <summary>Identifies the data the language was built from: terms analysed under another version are out of date.</summary>
    public string Version { get; }

    /// <summary>
    /// How many analysed texts are remembered (<see cref="Analyze"/>): the explanations of a match analyse the same
    /// capability texts on every read. When full, the memory starts again empty.
    /// </summary>
    public const int RememberedTexts = 8192;

    /// <summary>The terms of <paramref name="text"/>, in the order they appear (a term may appear more than once).</summary>
    public IReadOnlyList<AnalyzedTerm> Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (_analyzed.TryGetValue(text, out var remembered))
        {
            return remembered;
        }

        if (_analyzed.Count >= RememberedTexts)
        {
            _analyzed.Clear();
        }

        var terms = AnalyzeText(text);
        _analyzed.TryAdd(text, terms);
        return terms;
    }

    private AnalyzedTerm[] AnalyzeText(string text)
    {
        var result = new List<AnalyzedTerm>();

        var tokens = Tokens(text).ToList();
        var roots = tokens.Select(t => Root(t.Text)).ToList();
        var index = 0;
        while (index < tokens.Count)
        {
            var matched = false;
            for (var length = Math.Min(_longestPhrase, tokens.Count - index); length >= 1 && !matched; length--)
            {
                var phrase = length == 1 ? roots[index] : string.Join(' ', roots.GetRange(index, length));
                if (!_phrases.TryGetValue(phrase, out var concept)
                    || (concept.UpperOnly && !tokens.GetRange(index, length).All(t => t.Upper)))
                {
                    continue;
                }

                var surface = length == 1 ? tokens[index].Text : string.Join(' ', tokens.GetRange(index, length).Select(t => t.Text));
                var how = surface == concept.Key ? TermMatch.Same : phrase == concept.Key ? TermMatch.Root : TermMatch.Synonym;
                result.Add(new AnalyzedTerm(concept.Key, surface, how, _weak.Contains(concept.Key)));
                if (concept.Key.Contains(' ', StringComparison.Ordinal))
                {
                    // The words of a multi-word concept, weak: "sabun cair" still meets "sabun pencuci piring" through "sabun".
                    foreach (var part in concept.Key.Split(' '))
                    {
                        if (part.Length >= 3 && !_stopWords.Contains(part) && !part.All(char.IsAsciiDigit))
                        {
                            result.Add(new AnalyzedTerm(part, surface, TermMatch.Synonym, Weak: true));
                        }
                    }
                }

                index += length;
                matched = true;
            }

            if (matched)
            {
                continue;
            }

            var word = tokens[index].Text;
            var root = roots[index];
            index++;
            if (root.Length < 3 || word.All(char.IsAsciiDigit) || _stopWords.Contains(root) || _stopWords.Contains(word))
            {
                continue;
            }

            result.Add(new AnalyzedTerm(root, word, root == word ? TermMatch.Same : TermMatch.Root, _weak.Contains(root)));
        }

        return [.. result];
    }

    /// <summary>The distinct term keys of the texts, sorted ordinally: what is stored and compared.</summary>
    public string[] Terms(params ReadOnlySpan<string?> texts)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var term in Analyze(text))
            {
                keys.Add(term.Key);
            }
        }

        return [.. keys];
    }

    /// <summary>The root of one lower-case word.</summary>
    public string Root(string word)
    {
        if (_stems.TryGetValue(word, out var root))
        {
            return root;
        }

        root = _stemmer.Stem(word);
        if (root == word && word.Length > 4 && word[^1] == 's')
        {
            // English plurals of the words the thesaurus knows: "pipes" → pipe, "boxes" → box.
            root = _thesaurusWords.Contains(word[..^1]) ? word[..^1]
                : word.EndsWith("es", StringComparison.Ordinal) && _thesaurusWords.Contains(word[..^2]) ? word[..^2]
                : word;
        }

        if (root == word && !_roots.Contains(word))
        {
            root = LoanwordSpelling.Fold(word);
        }

        if (_stems.Count < MaxCachedStems)
        {
            _stems.TryAdd(word, root);
        }

        return root;
    }

    private static ProcurementLanguage LoadEmbedded()
    {
        var assembly = typeof(ProcurementLanguage).Assembly;
        var roots = ReadResource(assembly, "roots-id.txt");
        var thesaurus = ReadResource(assembly, "thesaurus-id.txt");
        var stopWords = ReadResource(assembly, "stopwords-id.txt");
        var weak = ReadResource(assembly, "weak-id.txt");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', [.. roots, "\u0001", .. thesaurus, "\u0001", .. stopWords, "\u0001", .. weak])));
        return new ProcurementLanguage(roots, thesaurus, stopWords, weak, Convert.ToHexStringLower(hash)[..16]);
    }

    private static string[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The matching language file {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n');
    }

    /// <summary>Lines without comments (from '#') and blanks, trimmed.</summary>
    private static IEnumerable<string> Clean(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    private static List<(string[] Terms, int Line)> ParseThesaurus(IEnumerable<string> lines)
    {
        var concepts = new List<(string[] Terms, int Line)>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var terms = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (terms.Length > 0)
            {
                concepts.Add((terms, number));
            }
        }

        return concepts;
    }

    /// <summary>The words of a text: folded, lower-cased, split on anything but letters and digits, with reduplications counted once.</summary>
    private static IEnumerable<Token> Tokens(string text)
    {
        var current = new StringBuilder();
        var upper = true;
        Token? previous = null;
        var afterHyphen = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var raw = i < text.Length ? text[i] : ' ';
            var c = FoldChar(char.ToLowerInvariant(raw));
            if (char.IsLetterOrDigit(c))
            {
                upper &= !char.IsLetter(raw) || char.IsUpper(raw);
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                var token = new Token(current.ToString(), upper);
                current.Clear();
                upper = true;
                // "pipa-pipa": the repeated half of a reduplication adds nothing.
                var repeated = afterHyphen && previous is { } p && p.Text == token.Text;
                if (!repeated)
                {
                    yield return token;
                }

                previous = token;
            }

            afterHyphen = raw == '-';
        }
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    /// <summary>Folds the accented Latin letters met in Indonesian and European text to their base letter.</summary>
    private static char FoldChar(char c)
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

    private readonly record struct Token(string Text, bool Upper);

    private readonly record struct Concept(string Key, bool UpperOnly);
}
