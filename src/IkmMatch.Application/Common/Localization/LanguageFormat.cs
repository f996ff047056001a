using System.Globalization;

namespace IkmMatch.Application.Common.Localization;

/// <summary>
/// Numbers, dates and money in prose, as each language writes them: <c>24.000.000</c>, <c>0,85</c>, <c>30 Desember 2026</c>,
/// <c>Rp 24.000.000</c> in Indonesian; <c>24,000,000</c>, <c>0.85</c>, <c>30 December 2026</c>, <c>Rp 24,000,000</c> in English.
/// Written here rather than taken from CultureInfo: the API runs with invariant globalization, which has no Indonesian data.
/// Data fields never use it: JSON numbers and ISO dates are the same in every language.
/// </summary>
public static class LanguageFormat
{
    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A number with thousands grouped and its decimals as given (up to 10), trailing zeros dropped.</summary>
    public static string Number(decimal value, Language language)
    {
        var invariant = value.ToString("#,0.##########", CultureInfo.InvariantCulture);
        return language == Language.Id ? SwapSeparators(invariant) : invariant;
    }

    public static string Number(long value, Language language) => Number((decimal)value, language);

    /// <summary>Day, month name, year: <c>30 Desember 2026</c>, <c>30 December 2026</c>.</summary>
    public static string Date(DateOnly date, Language language) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {(language == Language.Id ? IndonesianMonths : EnglishMonths)[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Whole rupiah: <c>Rp 24.000.000</c>, <c>Rp 24,000,000</c>.</summary>
    public static string Money(long rupiah, Language language) =>
        rupiah < 0 ? $"-Rp {Number(-(decimal)rupiah, language)}" : $"Rp {Number(rupiah, language)}";

    private static string SwapSeparators(string invariant) =>
        string.Create(invariant.Length, invariant, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    ',' => '.',
                    '.' => ',',
                    var c => c,
                };
            }
        });
}
