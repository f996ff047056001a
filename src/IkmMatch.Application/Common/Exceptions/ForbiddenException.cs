namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this, or not to this record. Answered with 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
