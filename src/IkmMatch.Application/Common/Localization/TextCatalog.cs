using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Localization;

/// <summary>
/// Says a <see cref="Text"/> in a language: its template from the language's catalogue (<see cref="IndonesianTexts"/>,
/// <see cref="EnglishTexts"/>) with the arguments written for that language. A template names its arguments by position:
/// <c>{0}</c> writes the argument, <c>{0|one|other}</c> writes <c>one</c> when the argument is 1 and <c>other</c>
/// otherwise; any other braces (FluentValidation's <c>{PropertyName}</c>) are left for whoever reads the template next.
/// </summary>
public static class TextCatalog
{
    private static readonly FrozenDictionary<string, string> Indonesian = IndonesianTexts.All.ToFrozenDictionary(StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, string> English = EnglishTexts.All.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every template of <paramref name="language"/>, by key.</summary>
    public static IReadOnlyDictionary<string, string> Templates(Language language) => language == Language.Id ? Indonesian : English;

    /// <summary>The template of <paramref name="key"/> in <paramref name="language"/>, else in English, else null.</summary>
    public static string? Template(string key, Language language) =>
        Templates(language).TryGetValue(key, out var template) || English.TryGetValue(key, out template) ? template : null;

    public static string Render(Text text, Language language)
    {
        if (text.Key == Text.LiteralKey)
        {
            return text.Args.Count == 1 ? text.Args[0] as string ?? string.Empty : string.Empty;
        }

        var template = Template(text.Key, language);
        if (template is null)
        {
            return text.ToString(); // a key without a template is a bug the catalogue tests catch; say at least the key
        }

        return Fill(template, text.Args, language);
    }

    /// <summary>The template with its positional arguments written in <paramref name="language"/>.</summary>
    public static string Fill(string template, IReadOnlyList<object> args, Language language)
    {
        var result = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            if (close < 0 || !TryPlaceholder(template.AsSpan(open + 1, close - open - 1), args, language, result))
            {
                result.Append('{');
                i = open + 1;
                continue;
            }

            i = close + 1;
        }

        return result.ToString();
    }

    private static bool TryPlaceholder(ReadOnlySpan<char> placeholder, IReadOnlyList<object> args, Language language, StringBuilder result)
    {
        var bar = placeholder.IndexOf('|');
        var position = bar < 0 ? placeholder : placeholder[..bar];
        if (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= args.Count)
        {
            return false;
        }

        if (bar < 0)
        {
            result.Append(Write(args[index], language));
            return true;
        }

        var choices = placeholder[(bar + 1)..];
        var second = choices.IndexOf('|');
        if (second < 0)
        {
            return false;
        }

        var isOne = args[index] switch
        {
            int n => n == 1,
            long n => n == 1,
            decimal n => n == 1m,
            _ => false,
        };
        result.Append(isOne ? choices[..second] : choices[(second + 1)..]);
        return true;
    }

    /// <summary>One argument as the language writes it in prose.</summary>
    public static string Write(object arg, Language language) => arg switch
    {
        string s => s,
        Text t => Render(t, language),
        int n => LanguageFormat.Number(n, language),
        long n => LanguageFormat.Number(n, language),
        decimal n => LanguageFormat.Number(n, language),
        DateOnly d => LanguageFormat.Date(d, language),
        Rupiah money => LanguageFormat.Money(money.Amount, language),
        _ => Convert.ToString(arg, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
