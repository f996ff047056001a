using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Localization;

/// <summary>
/// The language of the work in progress: set for each request from <c>Accept-Language</c> (the API's language middleware),
/// so that explanations, problems and validation messages are said in it wherever they are rendered. Outside a request
/// (start-up, tools, unit tests) it is English unless set.
/// </summary>
public static class CurrentLanguage
{
    private static readonly AsyncLocal<Language?> Current = new();

    public static Language Value => Current.Value ?? Language.En;

    /// <summary>Speaks <paramref name="language"/> until the returned scope is disposed (in this async flow only).</summary>
    public static IDisposable Use(Language language)
    {
        var previous = Current.Value;
        Current.Value = language;
        return new Scope(previous);
    }

    /// <summary>Renders <paramref name="text"/> in the current language.</summary>
    public static string Say(this Text text) => TextCatalog.Render(text, Value);

    private sealed class Scope(Language? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
