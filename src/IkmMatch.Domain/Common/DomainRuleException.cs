namespace IkmMatch.Domain.Common;

/// <summary>
/// A domain rule refused an operation given the current state of an aggregate
/// (editing an archived record, a transition the life cycle does not allow, …).
/// The API answers it with 409 Conflict, in the caller's language (<see cref="Text"/>).
/// </summary>
public class DomainRuleException(Text text) : Exception(text.ToString())
{
    public DomainRuleException(string message)
        : this(Text.Literal(message))
    {
    }

    /// <summary>What was refused, as a message key and its arguments.</summary>
    public Text Text { get; } = text;
}
