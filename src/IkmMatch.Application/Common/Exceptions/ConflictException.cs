using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The request conflicts with the state of the data (a duplicate key, a state that forbids it). Answered with 409. Its message is said in the caller's language (<see cref="Text"/>).</summary>
public sealed class ConflictException(Text text) : Exception(text.ToString())
{
    public ConflictException(string message)
        : this(Text.Literal(message))
    {
    }

    public Text Text { get; } = text;
}
