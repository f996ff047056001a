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
    [InlineData("berencana", "rencana")] // ber- + r: one r is written
    [InlineData("terencana", "rencana")]
    [InlineData("bekerja", "kerja")] // be-/pe- before a first syllable in er
    [InlineData("pekerja", "kerja")]
    [InlineData("peserta", "serta")]
    [InlineData("peternak", "ternak")]
    public void Stem_ShortPrefix_StandsBeforeRAndBeforeAFirstSyllableInEr(string word, string root)
    {
        Stemmer(["rencana", "kerja", "serta", "ternak"]).Stem(word).ShouldBe(root);
    }

    [Theory]
    [InlineData("pemadam", "padam")]
    [InlineData("pemadaman", "padam")]
    [InlineData("pemesanan", "pesan")]
    [InlineData("penerangan", "terang")]
    public void Stem_ShortPeBeforeAnyOtherSound_IsNoReading(string word, string root)
    {
        // pe + madam, pe + mesan, pe + nerang: "pe" before m or n is peN-, which drops the p or t of the root.
        Stemmer(["madam", "padam", "mesan", "pesan", "nerang", "terang"]).Stem(word).ShouldBe(root);
    }

    [Fact]
    public void Stem_FewerAffixesFirst_OnePrefixAndASuffixBeforeTwoPrefixes()
    {
        // "keterangan": ke + terang + an before ke + ter + angan (two affixes each, the second reading with more prefixes).
        Stemmer(["terang", "angan"]).Stem("keterangan").ShouldBe("terang");

        // A suffix alone before a prefix alone: "pesanan" is pesan + an.
        Stemmer(["pesan", "sanan"]).Stem("pesanan").ShouldBe("pesan");
    }

    [Fact]
    public void Stem_SuffixRemovingFewerLetters_First()
    {
        // "masakan": masak + an before masa + kan; "gantikan" is still ganti + kan, "gantik" being no root.
        Stemmer(["masa", "masak"]).Stem("masakan").ShouldBe("masak");
        Stemmer(["masa", "masak"]).Stem("pemasakan").ShouldBe("masak");
        Stemmer(["ganti"]).Stem("gantikan").ShouldBe("ganti");
    }

    [Fact]
    public void Stem_MengeAndPenge_OnlyBeforeAOneSyllableRoot()
    {
        Stemmer(["ringan", "kering"]).Stem("pengeringan").ShouldBe("kering");
        Stemmer(["pakan", "pak"]).Stem("pengepakan").ShouldBe("pak");
        Stemmer(["ringan"]).Stem("pengeringan").ShouldBe("pengeringan"); // neither penge + ringan nor peng + ke + ringan
        Stemmer(["bor"]).Stem("pengeboran").ShouldBe("bor");
    }

    [Fact]
    public void Stem_BothNasalReadingsAreRoots_TheOrderDecidesUnlessOneIsAProcurementTerm()
    {
        // peng- before a vowel: the vowel as written before a restored k ("pengukuran" is ukur; kukur is a root too).
        Stemmer(["ukur", "kukur"]).Stem("pengukuran").ShouldBe("ukur");
        Stemmer(["isi", "kisi"]).Stem("pengisian").ShouldBe("isi");
        Stemmer(["kupas", "upas"]).Stem("pengupasan").ShouldBe("upas");
        Stemmer(["kupas", "upas"], "kupas").Stem("pengupasan").ShouldBe("kupas");

        // pem- before a vowel: the restored p before the m as written.
        Stemmer(["padam", "madam"]).Stem("pemadam").ShouldBe("padam");
        Stemmer(["masak", "pasak"]).Stem("memasak").ShouldBe("pasak");
        Stemmer(["masak", "pasak"], "masak").Stem("memasak").ShouldBe("masak");
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
    [InlineData("masakan", "masak")]
    [InlineData("pengeringan", "kering")]
    [InlineData("pengepakan", "pak")]
    [InlineData("pemadam", "padam")]
    [InlineData("pemadaman", "padam")]
    [InlineData("penerangan", "terang")]
    [InlineData("pemesanan", "pesan")]
    [InlineData("mengangkut", "angkut")]
    [InlineData("berencana", "rencana")]
    [InlineData("bekerja", "kerja")]
    [InlineData("pekerja", "kerja")]
    [InlineData("keterangan", "terang")]
    [InlineData("kepemimpinan", "pimpin")]
    [InlineData("keberhasilan", "hasil")]
    [InlineData("pengukuran", "ukur")]
    [InlineData("pengisian", "isi")]
    [InlineData("pengalaman", "alam")]
    [InlineData("pemadatan", "padat")]
    [InlineData("pemetaan", "peta")]
    [InlineData("pemolesan", "poles")]
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
