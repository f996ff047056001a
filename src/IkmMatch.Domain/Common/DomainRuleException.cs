namespace IkmMatch.Domain.Common;

/// <summary>
/// A domain rule refused an operation given the current state of an aggregate
/// (editing an archived record, a transition the life cycle does not allow, …).
/// The API answers it with 409 Conflict.
/// </summary>
public class DomainRuleException(string message) : Exception(message);
