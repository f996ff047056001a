using IkmMatch.Domain.Matching.Language;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>
/// <see cref="ProcurementLanguage"/>: texts to comparable terms (roots, thesaurus concepts, stop words dropped), with the
/// embedded data files and with small in-test lists that test the mechanics whatever the data.
/// </summary>
public sealed class ProcurementLanguageTests
{
    private static readonly ProcurementLanguage Default = ProcurementLanguage.Default;

    private static readonly string[] SmallRoots = ["las", "kelas", "cat", "pipa", "kemas", "mas", "baik", "rawat", "pelihara", "Tangki", "kain", "bahaya", "cor"];

    private static readonly string[] SmallThesaurus =
    [
        "# a comment line",
        string.Empty,
        "las | welding | welder | tukang las",
        "pemeliharaan | perawatan | maintenance",
        "majun | kain lap | rags # a comment after the terms",
        "heat exchanger | HE",
        "keselamatan kerja | K3",
        "limbah berbahaya | b3",
        "APD | alat pelindung diri",
        "cor beton | cor",
        "pengecoran logam | cor",
    ];

    private static readonly string[] SmallStopWords = ["dan", "untuk", "jasa", "baik", "kerja", "# a comment"];

    private static readonly ProcurementLanguage Small = new(SmallRoots, SmallThesaurus, SmallStopWords);

    /// <summary>The key of "heat exchanger": "exchanger", unknown to the lexicon, is spelled the way Indonesian spells loanwords.</summary>
    private const string HeatExchanger = "heat ekskanger";

    private static string[] Keys(ProcurementLanguage language, string text) => [.. language.Analyze(text).Select(t => t.Key)];

    /// <summary>The keys of the terms that count in full (not <see cref="AnalyzedTerm.Weak"/>).</summary>
    private static string[] StrongKeys(ProcurementLanguage language, string text) => [.. language.Analyze(text).Where(t => !t.Weak).Select(t => t.Key)];

    // ---- the mechanics, on small in-test lists ----------------------------------------------------------------------

    [Fact]
    public void Analyze_AffixedWord_IsItsRootMarkedRoot()
    {
        Small.Analyze("pengelasan").ShouldBe([new AnalyzedTerm("las", "pengelasan", TermMatch.Root)]);
        Small.Analyze("tangki").ShouldBe([new AnalyzedTerm("tangki", "tangki", TermMatch.Same)]);
    }

    [Fact]
    public void Analyze_ThesaurusTerm_IsItsConceptMarkedSynonym()
    {
        Small.Analyze("Welding").ShouldBe([new AnalyzedTerm("las", "welding", TermMatch.Synonym)]);
        Small.Analyze("tukang las").ShouldBe([new AnalyzedTerm("las", "tukang las", TermMatch.Synonym)]);
        Small.Analyze("Kain lap").ShouldBe([new AnalyzedTerm("majun", "kain lap", TermMatch.Synonym)]);
        Small.Analyze("majun").ShouldBe([new AnalyzedTerm("majun", "majun", TermMatch.Same)]);
        Small.Analyze("rags").ShouldBe([new AnalyzedTerm("majun", "rags", TermMatch.Synonym)]);
    }

    [Fact]
    public void Analyze_ThesaurusTermsAreStemmed_SoAnAffixedFormMeetsItsConcept()
    {
        // The concept "pemeliharaan" is keyed by its root; "merawat" stems to rawat, the root of "perawatan" on that line.
        Keys(Small, "pemeliharaan").ShouldBe(["pelihara"]);
        Small.Analyze("merawat").ShouldBe([new AnalyzedTerm("pelihara", "merawat", TermMatch.Synonym)]);
        Keys(Small, "maintenance").ShouldBe(["pelihara"]);
    }

    [Fact]
    public void Analyze_MultiWordTerm_MatchesBeforeItsWordsAndBeforeStopWords()
    {
        // "kain" alone is a word of its own; "kerja" alone is a stop word, but "keselamatan kerja" is a concept (its
        // word "keselamatan" follows as a weak term; "kerja", a stop word, does not).
        Keys(Small, "kain").ShouldBe(["kain"]);
        Keys(Small, "kain lap dan kain").ShouldBe(["majun", "kain"]);
        Keys(Small, "kerja").ShouldBeEmpty();
        Keys(Small, "keselamatan kerja").ShouldBe(["keselamatan kerja", "keselamatan"]);
        StrongKeys(Small, "keselamatan kerja").ShouldBe(["keselamatan kerja"]);
        Keys(Small, "alat pelindung diri untuk tukang las").ShouldBe(["apd", "las"]);
    }

    [Fact]
    public void Analyze_ShortUppercaseAbbreviation_MatchesOnlyUppercaseText()
    {
        Keys(Small, "K3").ShouldBe(["keselamatan kerja", "keselamatan"]);
        Keys(Small, "k3").ShouldBeEmpty();
        StrongKeys(Small, "Perawatan HE").ShouldBe(["pelihara", HeatExchanger]);
        Keys(Small, "perawatan he").ShouldBe(["pelihara"]);
    }

    [Fact]
    public void Analyze_ShortLowercaseThesaurusTermOrLongerAbbreviation_MatchesInAnyCase()
    {
        Keys(Small, "b3").ShouldBe(["limbah bahaya", "limbah", "bahaya"]);
        Keys(Small, "B3").ShouldBe(["limbah bahaya", "limbah", "bahaya"]);
        Keys(Small, "APD").ShouldBe(["apd"]);
        Keys(Small, "apd").ShouldBe(["apd"]);
    }

    [Fact]
    public void Analyze_StopWordsShortWordsAndNumbers_AreDropped()
    {
        Keys(Small, "Jasa dan untuk").ShouldBeEmpty();
        Keys(Small, "perbaikan tangki").ShouldBe(["tangki"]); // perbaikan stems to the stop word baik
        Keys(Small, "pipa 500 x 12 m di 2027").ShouldBe(["pipa"]);
        Keys(Small, "2 ab cd").ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_Reduplication_CountsOnce()
    {
        Small.Analyze("pipa-pipa").ShouldBe([new AnalyzedTerm("pipa", "pipa", TermMatch.Same)]);
        Keys(Small, "tangki-tangki dan pipa-pipa").ShouldBe(["tangki", "pipa"]);

        // Written apart, the word is there twice; its term is still one.
        Keys(Small, "pipa pipa").ShouldBe(["pipa", "pipa"]);
        Small.Terms("pipa pipa").ShouldBe(["pipa"]);
    }

    [Fact]
    public void Analyze_CaseAndAccents_AreFolded()
    {
        Small.Analyze("PENGELASÁN").ShouldBe([new AnalyzedTerm("las", "pengelasan", TermMatch.Root)]);
        Keys(Small, "Tángki").ShouldBe(["tangki"]); // the lexicon's "Tangki" is folded too
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- / ,.")]
    public void Analyze_NoText_GivesNoTerms(string? text)
    {
        Small.Analyze(text).ShouldBeEmpty();
        Small.Terms(text).ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_PhraseOnTwoLines_BelongsToTheFirst()
    {
        // "cor" is a term of both lines: it means "cor beton", whose words follow as weak terms. "pengecoran logam"
        // stems to "cor logam", a phrase of its own line.
        Keys(Small, "cor").ShouldBe(["cor beton", "cor", "beton"]);
        StrongKeys(Small, "cor").ShouldBe(["cor beton"]);
        StrongKeys(Small, "pengecoran logam").ShouldBe(["cor logam"]);
    }

    [Fact]
    public void Terms_AreDistinctAndSortedOrdinallyAcrossTheTexts()
    {
        // "HE" gives its concept and, weak, the words of it: weak or not, a term is stored once.
        Small.Terms("tangki las pipa tangki", null, "majun dan pengelasan", "HE").ShouldBe(["ekskanger", "heat", HeatExchanger, "las", "majun", "pipa", "tangki"]);
    }

    [Fact]
    public void Version_IsGivenOrCustom()
    {
        Small.Version.ShouldBe("custom");
        new ProcurementLanguage(SmallRoots, SmallThesaurus, SmallStopWords, version: "v7").Version.ShouldBe("v7");
    }

    [Fact]
    public void Root_OfAnEnglishPlural_IsTheThesaurusWord()
    {
        // "welders" is not on the line but "welder" is: the English plural is reduced to it.
        new ProcurementLanguage(SmallRoots, ["las | welder"], SmallStopWords).Analyze("welders").ShouldBe([new AnalyzedTerm("las", "welders", TermMatch.Synonym)]);
    }

    [Fact]
    public void Analyze_WeakWord_IsMarkedWeakInEveryFormAndSynonym()
    {
        // The weak list is analysed like text: "pemeliharaan" covers its root and the synonyms on its thesaurus line.
        var language = new ProcurementLanguage(SmallRoots, SmallThesaurus, SmallStopWords, ["# activities", "pemeliharaan"]);

        language.Analyze("perawatan tangki").ShouldBe(
            [new AnalyzedTerm("pelihara", "perawatan", TermMatch.Synonym, Weak: true), new AnalyzedTerm("tangki", "tangki", TermMatch.Same)]);
        language.Analyze("maintenance").ShouldBe([new AnalyzedTerm("pelihara", "maintenance", TermMatch.Synonym, Weak: true)]);
        language.Analyze("pengelasan").ShouldBe([new AnalyzedTerm("las", "pengelasan", TermMatch.Root)]);

        // Without a weak list nothing is weak.
        Small.Analyze("perawatan tangki").ShouldAllBe(t => !t.Weak);
    }

    [Fact]
    public void Analyze_MultiWordConcept_IsFollowedByItsWordsAsWeakTerms()
    {
        Small.Analyze("keselamatan kerja").ShouldBe(
        [
            new AnalyzedTerm("keselamatan kerja", "keselamatan kerja", TermMatch.Same),
            new AnalyzedTerm("keselamatan", "keselamatan kerja", TermMatch.Synonym, Weak: true),
        ]);

        // Also when the concept is written as a synonym; a one-word concept adds nothing.
        Small.Analyze("kain lap").ShouldBe([new AnalyzedTerm("majun", "kain lap", TermMatch.Synonym)]);
        Small.Analyze("B3").ShouldBe(
        [
            new AnalyzedTerm("limbah bahaya", "b3", TermMatch.Synonym),
            new AnalyzedTerm("limbah", "b3", TermMatch.Synonym, Weak: true),
            new AnalyzedTerm("bahaya", "b3", TermMatch.Synonym, Weak: true),
        ]);
    }

    [Fact]
    public void Root_WordTheLexiconDoesNotKnow_IsSpelledAsAnIndonesianLoanword()
    {
        Small.Root("trolley").ShouldBe("troli");
        Small.Root("compressor").ShouldBe("kompresor");

        // A word of the lexicon keeps its spelling, though the loanword rules would change it (y → i, c → k).
        new ProcurementLanguage(["kayu", "cuci"], [], []).Root("kayu").ShouldBe("kayu");
        new ProcurementLanguage(["kayu", "cuci"], [], []).Root("cuci").ShouldBe("cuci");
        new ProcurementLanguage([], [], []).Root("kayu").ShouldBe("kaiu");
    }

    // ---- the embedded data ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("kain lap", "majun")]
    [InlineData("alat pelindung diri", "APD")]
    [InlineData("welding", "pengelasan")]
    [InlineData("welding of piping", "Pengelasan pipa")]
    [InlineData("scaffolding", "perancah")]
    [InlineData("painting", "pengecatan")]
    [InlineData("HE", "heat exchanger")]
    [InlineData("SS", "stainless steel")]
    [InlineData("baju kerja", "wearpack")]
    [InlineData("catering", "jasa boga")]
    [InlineData("maintenance", "pemeliharaan")]
    [InlineData("pipes", "perpipaan")]
    public void Terms_EmbeddedThesaurus_GivesSynonymsTheSameKeys(string one, string other)
    {
        var terms = Default.Terms(one);

        terms.ShouldNotBeEmpty();
        terms.ShouldBe(Default.Terms(other), $"'{one}' and '{other}'");
    }

    [Fact]
    public void Analyze_EmbeddedData_SaysHowEachTermWasFound()
    {
        Default.Analyze("Jasa pengelasan pipa").ShouldBe(
            [new AnalyzedTerm("las", "pengelasan", TermMatch.Root), new AnalyzedTerm("pipa", "pipa", TermMatch.Same)]);
        Default.Analyze("welding").ShouldBe([new AnalyzedTerm("las", "welding", TermMatch.Synonym)]);
        Default.Analyze("kain lap").ShouldBe([new AnalyzedTerm("majun", "kain lap", TermMatch.Synonym)]);
    }

    [Theory]
    [InlineData("he")]
    [InlineData("ss")]
    [InlineData("ta")]
    [InlineData("wf")]
    public void Analyze_EmbeddedShortAbbreviationInLowercase_IsNoTerm(string text)
    {
        Default.Analyze(text).ShouldBeEmpty();

        // In capitals: one concept, with the words of a multi-word concept as weak terms.
        var upper = Default.Analyze(text.ToUpperInvariant());
        upper.Where(t => !t.Weak).ShouldHaveSingleItem().Surface.ShouldBe(text);
        upper.ShouldAllBe(t => t.Surface == text);
    }

    [Fact]
    public void Analyze_EmbeddedStopWords_AreDroppedWhetherWrittenOrStemmed()
    {
        Default.Terms("dan untuk jasa yang di ke").ShouldBeEmpty();
        Default.Terms("pengadaan penyediaan pekerjaan perbaikan").ShouldBeEmpty();
        Default.Terms("perbaikan pompa").ShouldBe(["pompa"]);
    }

    [Fact]
    public void Analyze_EmbeddedData_ReduplicationAndLongestPhrase()
    {
        Default.Terms("pipa-pipa").ShouldBe(["pipa"]);
        Default.Analyze("besi-besi").Count.ShouldBe(1);

        // "kawat las" is a welding electrode, not wire and welding.
        Default.Terms("kawat las").ShouldBe(Default.Terms("elektroda"));
        Default.Terms("kawat las").ShouldNotContain("las");
    }

    [Theory]
    [InlineData("trolley", "troli")]
    [InlineData("compressor", "kompresor")]
    [InlineData("installation", "instalasi")]
    [InlineData("inspection", "inspeksi")]
    [InlineData("quality", "kualitas")]
    public void Root_EmbeddedData_EnglishSpellingOfALoanwordIsTheIndonesianOne(string english, string indonesian)
    {
        Default.Root(english).ShouldBe(indonesian);
        Default.Root(indonesian).ShouldBe(indonesian);
    }

    [Theory]
    [InlineData("kayu")]
    [InlineData("cuci")]
    [InlineData("kaca")]
    [InlineData("payung")]
    [InlineData("kecap")]
    [InlineData("cincin")]
    public void Root_EmbeddedLexiconWord_KeepsItsSpelling(string word)
    {
        // Every one of these would change under the loanword rules (c → k, y → i): the lexicon knows them.
        LoanwordSpelling.Fold(word).ShouldNotBe(word);
        Default.Root(word).ShouldBe(word);
    }

    [Fact]
    public void Analyze_EmbeddedData_AffixedIndonesianWordIsStemmedNotRespelled()
    {
        Default.Root("pencucian").ShouldBe("cuci");
        Default.Root("sayuran").ShouldBe("sayur");
        Default.Terms("trolley barang").ShouldBe(Default.Terms("troli barang"));
    }

    [Fact]
    public void Analyze_EmbeddedData_MultiWordConceptBringsItsWordsWeak()
    {
        // "Sunlight" is the dish soap: the concept in full, "sabun", "cuci" and "piring" weak.
        var terms = Default.Analyze("Sunlight");

        terms.Where(t => !t.Weak).ShouldHaveSingleItem().Key.ShouldBe("sabun cuci piring");
        terms.Where(t => t.Weak).Select(t => t.Key).ShouldBe(["sabun", "cuci", "piring"]);
    }

    [Fact]
    public void Version_OfTheEmbeddedData_IsStableAndShort()
    {
        Default.Version.ShouldBe(ProcurementLanguage.Default.Version);
        Default.Version.Length.ShouldBe(16);
        Default.Version.ShouldAllBe(c => char.IsAsciiHexDigitLower(c));
        Default.Version.ShouldNotBe("custom");
    }
}
