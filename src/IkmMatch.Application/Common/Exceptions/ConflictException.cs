namespace IkmMatch.Application.Common.Exceptions;

/// <summary>The request conflicts with the state of the data (a duplicate key, a state that forbids it). Answered with 409.</summary>
public sealed class ConflictException(string message) : Exception(message);
