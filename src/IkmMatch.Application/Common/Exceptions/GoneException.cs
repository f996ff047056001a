using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>What the request points at is no longer kept (a changes cursor past its retention). Answered with 410.</summary>
public sealed class GoneException(Text text) : Exception(TextCatalog.Render(text, Language.En))
{
    public Text Text { get; } = text;
}
