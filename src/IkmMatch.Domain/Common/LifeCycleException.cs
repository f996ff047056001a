namespace IkmMatch.Domain.Common;

/// <summary>
/// A step the current status of a record's life cycle does not allow (a partnership, a programme). The API answers it
/// with a 409 naming the current status and the actions that are allowed.
/// </summary>
public abstract class LifeCycleException(Text text) : DomainRuleException(text)
{
    /// <summary>The current status, as the API names it.</summary>
    public abstract string CurrentStatus { get; }

    /// <summary>The actions the current status allows, as the API's routes name them.</summary>
    public abstract IReadOnlyList<string> AllowedActions { get; }
}
