namespace IkmMatch.Application.Matching.Rankings;

/// <summary>Keeps the rankings of needs that are not kept yet: those asked for first, then (at city scale) every open need.</summary>
public interface IRankingBackfill
{
    /// <summary>Tells the background keeper that a need was asked for (it keeps it at once rather than at its next poll).</summary>
    void Wake();

    /// <summary>
    /// Keeps pending needs, a batch per transaction holding the keeper's checkpoint, until none is left or another
    /// process holds the keeper; returns how many it kept.
    /// </summary>
    Task<int> KeepPendingAsync(CancellationToken cancellationToken);
}
