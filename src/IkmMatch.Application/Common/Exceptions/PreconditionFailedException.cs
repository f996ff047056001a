using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> no longer names the current version of the resource. Answered with 412. Its message is said in the caller's language (<see cref="Text"/>).</summary>
public sealed class PreconditionFailedException(Text text) : Exception(text.ToString())
{
    public PreconditionFailedException(string message)
        : this(Text.Literal(message))
    {
    }

    public Text Text { get; } = text;
}
