using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this, or not to this record. Answered with 403. The API says it in the caller's language (<see cref="Text"/>); <see cref="Exception.Message"/> is English, for logs.</summary>
public sealed class ForbiddenException(Text text) : Exception(TextCatalog.Render(text, Language.En))
{
    public ForbiddenException(string message)
        : this(Text.Literal(message))
    {
    }

    public Text Text { get; } = text;
}
