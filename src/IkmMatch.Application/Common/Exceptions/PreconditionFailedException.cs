using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> no longer names the current version of the resource. Answered with 412. The API says it in the caller's language (<see cref="Text"/>); <see cref="Exception.Message"/> is English, for logs.</summary>
public sealed class PreconditionFailedException(Text text) : Exception(TextCatalog.Render(text, Language.En))
{
    public PreconditionFailedException(string message)
        : this(Text.Literal(message))
    {
    }

    public Text Text { get; } = text;
}
