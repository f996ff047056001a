namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> no longer names the current version of the resource. Answered with 412.</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
