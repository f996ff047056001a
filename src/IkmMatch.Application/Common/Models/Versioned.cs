namespace IkmMatch.Application.Common.Models;

/// <summary>A resource representation together with its concurrency version, from which the API derives the ETag.</summary>
public sealed record Versioned<T>(T Value, int Version);
