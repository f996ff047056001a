using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Domain.UnitTests;

/// <summary>The Domain's texts as an English reader gets them, for assertions on their words.</summary>
internal static class SaidInEnglish
{
    public static string English(this Text text) => TextCatalog.Render(text, Language.En);
}
