using IkmMatch.Domain.Matching;

namespace IkmMatch.Domain.UnitTests.Matching;

public sealed class TextSimilarityTests
{
    [Fact]
    public void Words_MixedCase_AreLowerCased()
    {
        TextSimilarity.Words("Fabrikasi BAJA Struktur").ShouldBe(["baja", "fabrikasi", "struktur"]);
        TextSimilarity.Words("BAJA").ShouldBe(TextSimilarity.Words("baja"));
    }

    [Fact]
    public void Words_Punctuation_SeparatesWords()
    {
        TextSimilarity.Words("pipa,baja;(las)! rak/gudang.").ShouldBe(["baja", "gudang", "las", "pipa", "rak"]);
    }

    [Fact]
    public void Words_Accents_AreRemoved()
    {
        TextSimilarity.Words("Pengelasán café RÉSUMÉ").ShouldBe(["cafe", "pengelasan", "resume"]);
    }

    [Fact]
    public void Words_StopWordsAndShortWords_AreDropped()
    {
        TextSimilarity.Words("Jasa pengelasan dan fabrikasi untuk pabrik di Cilegon").ShouldBe(["cilegon", "fabrikasi", "pengelasan"]);
        TextSimilarity.Words("dan untuk jasa yang di ke").ShouldBeEmpty();
    }

    [Fact]
    public void Words_ThreeLetterWordsAndDigits_AreKept()
    {
        TextSimilarity.Words("las cat SNI 8052 ok").ShouldBe(["8052", "cat", "las", "sni"]);
    }

    [Theory]
    [InlineData("bajanya", "baja")]
    [InlineData("pipanya", "pipa")]
    [InlineData("hanya", "hanya")] // too short to strip: the root would be under 4 letters
    [InlineData("sekolah", "sekolah")] // -lah and -kah end too many roots to be stripped
    [InlineData("masalah", "masalah")]
    [InlineData("pengolah", "pengolah")]
    public void Words_PossessiveNya_IsStrippedButOtherEndingsAreKept(string word, string expected)
    {
        TextSimilarity.Words(word).ShouldBe([expected]);
    }

    [Fact]
    public void Words_SuffixNyaOnBothSides_StillMatches()
    {
        var (similarity, shared) = TextSimilarity.Compare(TextSimilarity.Words("pengelasan rangkanya"), TextSimilarity.Words("rangka baja"));

        similarity.ShouldBe(0.5);
        shared.ShouldBe(["rangka"]);
    }

    [Fact]
    public void Words_HyphenatedAndReduplicated_SplitAndDeduplicate()
    {
        TextSimilarity.Words("pipe-rack").ShouldBe(["pipe", "rack"]);
        TextSimilarity.Words("pipa-pipa baja").ShouldBe(["baja", "pipa"]);
    }

    [Fact]
    public void Words_SeveralTexts_AreOneSortedSetAndNullsAreSkipped()
    {
        TextSimilarity.Words("Rak gudang", null, "", "rak baja").ShouldBe(["baja", "gudang", "rak"]);
        TextSimilarity.Words(null, "").ShouldBeEmpty();
    }

    [Fact]
    public void Compare_OverlapCoefficient_DividesByTheSmallerSet()
    {
        // need {baja, fabrikasi, gudang, las, rak} (5), capability {baja, rak, ringan} (3): 2 shared / min(5, 3)
        var need = TextSimilarity.Words("Fabrikasi rak gudang", "Rak baja untuk gudang pabrik", "las", "baja");
        var capability = TextSimilarity.Words("Rak baja ringan");

        var (similarity, shared) = TextSimilarity.Compare(need, capability);

        need.ShouldBe(["baja", "fabrikasi", "gudang", "las", "rak"]);
        similarity.ShouldBe(2.0 / 3.0);
        shared.ShouldBe(["baja", "rak"]);
    }

    [Fact]
    public void Compare_SubsetOfTheLongerText_IsOne()
    {
        var (similarity, shared) = TextSimilarity.Compare(TextSimilarity.Words("baja las rak gudang"), TextSimilarity.Words("Las baja"));

        similarity.ShouldBe(1.0);
        shared.ShouldBe(["baja", "las"]);
    }

    [Fact]
    public void Compare_NothingShared_IsZero()
    {
        var (similarity, shared) = TextSimilarity.Compare(TextSimilarity.Words("katering makanan"), TextSimilarity.Words("baja las"));

        similarity.ShouldBe(0.0);
        shared.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_EmptySide_IsZero()
    {
        TextSimilarity.Compare(TextSimilarity.Words("baja"), TextSimilarity.Words("jasa dan untuk")).Similarity.ShouldBe(0.0);
        TextSimilarity.Compare(TextSimilarity.Words(null), TextSimilarity.Words("baja")).Similarity.ShouldBe(0.0);
    }

    [Fact]
    public void Compare_IsSymmetric()
    {
        var a = TextSimilarity.Words("Pengecatan tangki dan pipa baja");
        var b = TextSimilarity.Words("Sandblasting dan pengecatan pipa");

        TextSimilarity.Compare(a, b).Similarity.ShouldBe(TextSimilarity.Compare(b, a).Similarity);
        TextSimilarity.Compare(a, b).Similarity.ShouldBe(2.0 / 3.0);
    }
}
