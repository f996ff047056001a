using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this, or not to this record. Answered with 403. Its message is said in the caller's language (<see cref="Text"/>).</summary>
public sealed class ForbiddenException(Text text) : Exception(text.ToString())
{
    public ForbiddenException(string message)
        : this(Text.Literal(message))
    {
    }

    public Text Text { get; } = text;
}
