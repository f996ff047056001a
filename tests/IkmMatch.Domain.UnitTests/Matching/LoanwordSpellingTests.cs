using IkmMatch.Domain.Matching.Language;

namespace IkmMatch.Domain.UnitTests.Matching;

/// <summary>
/// <see cref="LoanwordSpelling"/>: the English spelling of a word brought to the spelling Indonesian gives the same
/// loanword, so that both spellings meet. (That Indonesian words of the lexicon are left alone is the analyzer's part:
/// see <see cref="ProcurementLanguageTests"/>.)
/// </summary>
public sealed class LoanwordSpellingTests
{
    [Theory]
    [InlineData("trolley", "troli")] // -ey → -i, double letters single
    [InlineData("compressor", "kompresor")] // c → k, ss → s
    [InlineData("installation", "instalasi")] // -tion → -si
    [InlineData("inspection", "inspeksi")] // -ction → -ksi
    [InlineData("quality", "kualitas")] // qu → ku, -ity → -itas
    [InlineData("photo", "foto")] // ph → f
    [InlineData("taxi", "taksi")] // x → ks
    [InlineData("fitting", "fiting")]
    public void Fold_EnglishSpelling_IsTheIndonesianLoanwordSpelling(string english, string indonesian)
    {
        LoanwordSpelling.Fold(english).ShouldBe(indonesian);
    }

    [Theory]
    [InlineData("troli")]
    [InlineData("kompresor")]
    [InlineData("instalasi")]
    [InlineData("inspeksi")]
    [InlineData("kualitas")]
    public void Fold_IndonesianSpelling_StaysAsItIs(string word)
    {
        LoanwordSpelling.Fold(word).ShouldBe(word);
    }

    [Theory]
    [InlineData("cap")] // fewer than four letters
    [InlineData("qc")]
    [InlineData("Trolley")] // not lower-case letters only: the analyzer folds case first
    [InlineData("sus304")]
    [InlineData("")]
    public void Fold_ShortOrNotLowercaseLetters_IsLeftAlone(string word)
    {
        LoanwordSpelling.Fold(word).ShouldBe(word);
    }

    [Fact]
    public void Fold_TwoSpellingsOfOneLoanword_Meet()
    {
        LoanwordSpelling.Fold("compressor").ShouldBe(LoanwordSpelling.Fold("kompresor"));
        LoanwordSpelling.Fold("trolley").ShouldBe(LoanwordSpelling.Fold("troli"));
    }
}
