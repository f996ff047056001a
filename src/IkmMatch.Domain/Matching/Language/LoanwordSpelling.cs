using System.Text;

namespace IkmMatch.Domain.Matching.Language;

/// <summary>
/// Brings the English spelling of a word to the spelling Indonesian gives the same loanword, so that "trolley" meets
/// "troli", "compressor" "kompresor", "installation" "instalasi" and "quality" "kualitas" without a thesaurus entry for
/// each. Applied to words the root lexicon does not know (an Indonesian word keeps its spelling), on both sides of a
/// comparison alike. The rules are the regular ones of Indonesian loanword spelling: c → k (ch → k), q(u) → k(u),
/// x → ks, ph → f, th → t, sh → s, y → i, -tion → -si, -ity → -itas, -ey → -i, double letters single.
/// </summary>
public static class LoanwordSpelling
{
    public static string Fold(string word)
    {
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var text = word;
        if (text.EndsWith("ction", StringComparison.Ordinal))
        {
            text = text[..^5] + "ksi";
        }
        else if (text.EndsWith("tion", StringComparison.Ordinal))
        {
            text = text[..^4] + "si";
        }
        else if (text.EndsWith("ity", StringComparison.Ordinal))
        {
            text = text[..^3] + "itas";
        }
        else if (text.EndsWith("ey", StringComparison.Ordinal))
        {
            text = text[..^2] + "i";
        }

        text = text.Replace("ph", "f", StringComparison.Ordinal)
            .Replace("th", "t", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal)
            .Replace("ch", "k", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("qu", "ku", StringComparison.Ordinal)
            .Replace('q', 'k')
            .Replace("x", "ks", StringComparison.Ordinal)
            .Replace('c', 'k')
            .Replace('y', 'i');

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
