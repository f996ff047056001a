namespace IkmMatch.Application.Common.Localization;

/// <summary>The languages IkmMatch speaks to people in: Bahasa Indonesia and English.</summary>
public enum Language
{
    /// <summary>Bahasa Indonesia (<c>id</c>).</summary>
    Id,

    /// <summary>English (<c>en</c>).</summary>
    En,
}

public static class Languages
{
    public static readonly IReadOnlyList<Language> All = [Language.Id, Language.En];

    /// <summary>The language tag (BCP 47) of the language: <c>id</c> or <c>en</c>.</summary>
    public static string Tag(this Language language) => language == Language.Id ? "id" : "en";

    /// <summary>The language of a tag such as <c>id</c>, <c>id-ID</c>, <c>en-GB</c> (and the older <c>in</c> for Indonesian); null when IkmMatch does not speak it.</summary>
    public static Language? FromTag(ReadOnlySpan<char> tag)
    {
        var dash = tag.IndexOf('-');
        var primary = dash < 0 ? tag : tag[..dash];
        return primary.Equals("id", StringComparison.OrdinalIgnoreCase) || primary.Equals("in", StringComparison.OrdinalIgnoreCase) ? Language.Id
            : primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? Language.En
            : null;
    }
}
