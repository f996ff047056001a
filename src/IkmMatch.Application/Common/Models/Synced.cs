namespace IkmMatch.Application.Common.Models;

/// <summary>The answer of a sync by NIB: the record with its version, and whether the sync created it (201) or replaced it (200).</summary>
public sealed record Synced<T>(Versioned<T> Record, bool Created);
