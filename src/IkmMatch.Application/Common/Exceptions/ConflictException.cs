using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The request conflicts with the state of the data (a duplicate key, a state that forbids it). Answered with 409. The API says it in the caller's language (<see cref="Text"/>); <see cref="Exception.Message"/> is English, for logs.</summary>
public sealed class ConflictException(Text text) : Exception(TextCatalog.Render(text, Language.En))
{
    public ConflictException(string message)
        : this(Text.Literal(message))
    {
    }

    public Text Text { get; } = text;
}
