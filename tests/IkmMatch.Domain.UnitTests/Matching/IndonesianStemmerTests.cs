using IkmMatch.Domain.Matching.Language;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>
/// <see cref="IndonesianStemmer"/>: affixed words to the roots a lexicon knows, with the sound changes of meN-/peN-, and
/// words left alone when no reading gives a known root. Small in-test lexicons test the mechanics; the embedded lexicon
/// is checked on the workshop words needs and IKM write.
/// </summary>
public sealed class IndonesianStemmerTests
{
    private static readonly string[] WorkshopRoots =
    [
        "las", "kelas", "cat", "jahit", "pelihara", "baik", "gulung", "bubut", "sambung", "kuras", "angkut", "rawat", "sayur",
        "kemas", "pasang", "tanam", "pelat", "bengkel", "pipa", "besi", "masak",
    ];

    private static IndonesianStemmer Stemmer(string[] roots, params string[] terms) =>
        new(new HashSet<string>(roots, StringComparer.Ordinal), terms.Contains);

    [Theory]
    [InlineData("pengelasan", "las")]
    [InlineData("mengelas", "las")]
    [InlineData("dilas", "las")]
    [InlineData("pengecatan", "cat")]
    [InlineData("dicat", "cat")]
    [InlineData("penjahitan", "jahit")]
    [InlineData("pemeliharaan", "pelihara")]
    [InlineData("perbaikan", "baik")]
    [InlineData("penggulungan", "gulung")]
    [InlineData("pembubutan", "bubut")]
    [InlineData("membubut", "bubut")]
    [InlineData("menyambung", "sambung")]
    [InlineData("pengurasan", "kuras")]
    [InlineData("menguras", "kuras")]
    [InlineData("pengangkutan", "angkut")]
    [InlineData("merawat", "rawat")]
    [InlineData("perawatan", "rawat")]
    [InlineData("sayuran", "sayur")]
    [InlineData("pengemasan", "kemas")]
    [InlineData("pemasangan", "pasang")]
    [InlineData("menanam", "tanam")]
    [InlineData("dimasak", "masak")]
    [InlineData("memasak", "masak")] // me- before m, when the lexicon has no p-root to read instead
    [InlineData("memasang", "pasang")]
    public void Stem_AffixedWord_GivesTheRootOfASmallLexicon(string word, string root)
    {
        Stemmer(WorkshopRoots).Stem(word).ShouldBe(root);
    }

    [Theory]
    [InlineData("pelat")]
    [InlineData("bengkel")]
    [InlineData("kemas")]
    [InlineData("kelas")]
    [InlineData("pipa")]
    [InlineData("besi")]
    public void Stem_WordTheLexiconKnows_IsItsOwnRoot(string word)
    {
        // "pelat" is not pe + lat, "kelas" not ke + las, "kemas" not ke + mas: a known word is never stripped.
        Stemmer([.. WorkshopRoots, "lat", "mas"], "las", "mas").Stem(word).ShouldBe(word);
    }

    [Theory]
    [InlineData("sandblasting")] // English: no reading gives a known root
    [InlineData("pengelupasan")] // Indonesian, but its root is not in this lexicon
    [InlineData("fabrikasi")]
    [InlineData("cat")] // three letters or fewer: left as written
    [InlineData("Pengelasan")] // not lower-case letters only: the analyzer folds before stemming
    [InlineData("pengelasan2")]
    public void Stem_NoReadingGivesAKnownRoot_LeavesTheWord(string word)
    {
        Stemmer(WorkshopRoots).Stem(word).ShouldBe(word);
    }

    [Fact]
    public void Stem_SeveralRootsFit_PrefersTheProcurementTerm()
    {
        // "pengemasan" reads as peng-e-mas-an (mas) before peng-kemas-an (kemas): the term wins, else the first reading.
        Stemmer(["mas", "kemas"], "kemas").Stem("pengemasan").ShouldBe("kemas");
        Stemmer(["mas", "kemas"]).Stem("pengemasan").ShouldBe("mas");
        Stemmer(["mas", "kemas"], "mas").Stem("pengemasan").ShouldBe("mas");
    }

    [Fact]
    public void Stem_RootOfFewerThanThreeLetters_IsNotAccepted()
    {
        // di + at, ke + at: two-letter roots would hijack common words.
        Stemmer(["at", "ra"]).Stem("diat").ShouldBe("diat");
        Stemmer(["at", "ra"]).Stem("keat").ShouldBe("keat");
    }

    [Fact]
    public void Stem_SuffixesOnly_ArePeeledParticlePossessiveDerivational()
    {
        var stemmer = Stemmer(["rangka", "pipa", "ganti"]);

        stemmer.Stem("rangkanya").ShouldBe("rangka");
        stemmer.Stem("pipanyalah").ShouldBe("pipa");
        stemmer.Stem("gantikan").ShouldBe("ganti");
    }

    [Theory]
    [InlineData("pengelasan", "las")]
    [InlineData("pengecatan", "cat")]
    [InlineData("penjahitan", "jahit")]
    [InlineData("pemeliharaan", "pelihara")]
    [InlineData("perbaikan", "baik")]
    [InlineData("penggulungan", "gulung")]
    [InlineData("pembubutan", "bubut")]
    [InlineData("membubut", "bubut")]
    [InlineData("menyambung", "sambung")]
    [InlineData("pengurasan", "kuras")]
    [InlineData("pengangkutan", "angkut")]
    [InlineData("merawat", "rawat")]
    [InlineData("dicat", "cat")]
    [InlineData("sayuran", "sayur")]
    [InlineData("pengemasan", "kemas")]
    [InlineData("pemasangan", "pasang")]
    [InlineData("mengelas", "las")]
    [InlineData("dilas", "las")]
    [InlineData("pemotongan", "potong")]
    [InlineData("pengiriman", "kirim")]
    [InlineData("perakitan", "rakit")]
    [InlineData("pengeboran", "bor")]
    [InlineData("penyablonan", "sablon")]
    [InlineData("perpipaan", "pipa")]
    public void Root_EmbeddedLexicon_ReducesWorkshopWordsToTheirRoots(string word, string root)
    {
        ProcurementLanguage.Default.Root(word).ShouldBe(root);
    }

    [Theory]
    [InlineData("pelat")]
    [InlineData("bengkel")]
    [InlineData("kemas")]
    [InlineData("pipa")]
    [InlineData("besi")]
    [InlineData("kelas")]
    [InlineData("las")]
    public void Root_EmbeddedLexicon_KeepsRootsAsTheyAre(string word)
    {
        ProcurementLanguage.Default.Root(word).ShouldBe(word);
    }
}
