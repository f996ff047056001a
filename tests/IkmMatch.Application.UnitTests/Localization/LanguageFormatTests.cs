using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.UnitTests.Localization;

/// <summary>Numbers, dates and money as each language writes them in prose, without CultureInfo data (invariant globalization).</summary>
public sealed class LanguageFormatTests
{
    [Theory]
    [InlineData(24000000, "24.000.000", "24,000,000")]
    [InlineData(0.85, "0,85", "0.85")]
    [InlineData(1234.5678, "1.234,5678", "1,234.5678")]
    [InlineData(499.99999, "499,99999", "499.99999")]
    [InlineData(3, "3", "3")]
    [InlineData(-1500.5, "-1.500,5", "-1,500.5")]
    [InlineData(0, "0", "0")]
    public void Number_GroupsThousands_AndUsesTheLanguagesDecimalMark(decimal value, string indonesian, string english)
    {
        LanguageFormat.Number(value, Language.Id).ShouldBe(indonesian);
        LanguageFormat.Number(value, Language.En).ShouldBe(english);
    }

    [Theory]
    [InlineData(2026, 12, 30, "30 Desember 2026", "30 December 2026")]
    [InlineData(2027, 3, 1, "1 Maret 2027", "1 March 2027")]
    [InlineData(2027, 8, 17, "17 Agustus 2027", "17 August 2027")]
    [InlineData(2027, 5, 5, "5 Mei 2027", "5 May 2027")]
    public void Date_IsDayMonthNameYear(int year, int month, int day, string indonesian, string english)
    {
        LanguageFormat.Date(new DateOnly(year, month, day), Language.Id).ShouldBe(indonesian);
        LanguageFormat.Date(new DateOnly(year, month, day), Language.En).ShouldBe(english);
    }

    [Theory]
    [InlineData(24000000, "Rp 24.000.000", "Rp 24,000,000")]
    [InlineData(500, "Rp 500", "Rp 500")]
    [InlineData(-150000, "-Rp 150.000", "-Rp 150,000")]
    public void Money_IsWholeRupiah(long rupiah, string indonesian, string english)
    {
        LanguageFormat.Money(rupiah, Language.Id).ShouldBe(indonesian);
        LanguageFormat.Money(rupiah, Language.En).ShouldBe(english);
    }

    [Theory]
    [InlineData("id", Language.Id)]
    [InlineData("id-ID", Language.Id)]
    [InlineData("in", Language.Id)]
    [InlineData("EN", Language.En)]
    [InlineData("en-GB", Language.En)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    public void FromTag_ReadsThePrimaryLanguage(string tag, Language? expected)
    {
        Languages.FromTag(tag).ShouldBe(expected);
    }
}
