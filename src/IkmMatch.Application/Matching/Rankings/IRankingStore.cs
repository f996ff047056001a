namespace IkmMatch.Application.Matching.Rankings;

/// <summary>
/// Reads and writes kept rankings in bulk (one statement per step), for the keeper and the read paths. What is written
/// is what the Domain scorer computed: the store holds no rule of eligibility or scoring.
/// </summary>
public interface IRankingStore
{
    /// <summary>The name of the keeper's outbox checkpoint.</summary>
    const string Consumer = "rankings";

    /// <summary>
    /// The best <paramref name="limit"/> candidates of the need's kept ranking (eligible only unless
    /// <paramref name="includeIneligible"/>), in one snapshot with its counts and freshness; null when the need has no
    /// ranking kept under <paramref name="model"/>. <see cref="KeptTop.Current"/> is false when the keeper has not handled
    /// every change yet: then what was read cannot be trusted to be current.
    /// </summary>
    Task<KeptTop?> ReadTopAsync(Guid needId, string model, int limit, bool includeIneligible, CancellationToken cancellationToken);

    /// <summary>The latest outbox position and, when the keeper has handled every change up to it, nothing else to know.</summary>
    Task<Freshness> FreshnessAsync(CancellationToken cancellationToken);

    /// <summary>Asks the keeper to keep the need's ranking (it was computed on the spot); a kept one is left alone.</summary>
    Task RequestAsync(Guid needId, string model, CancellationToken cancellationToken);

    /// <summary>Replaces the need's ranking with <paramref name="entries"/> (every candidate) and its counts.</summary>
    Task ReplaceAsync(Guid needId, string model, long position, DateTimeOffset asOf, IReadOnlyList<KeptEntry> entries, CancellationToken cancellationToken);

    /// <summary>Forgets the rankings of <paramref name="needIds"/> (closed, cancelled or gone).</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one IKM's rows in kept rankings: <paramref name="upserts"/> (by need), <paramref name="deletes"/> (needs it is
    /// no longer a candidate of), and each touched ranking's counts moved by its delta and stamped with
    /// <paramref name="position"/>.
    /// </summary>
    Task ApplyIkmAsync(
        Guid ikmId,
        IReadOnlyList<KeptEntry> upserts,
        IReadOnlyCollection<Guid> deletes,
        IReadOnlyList<CountDelta> deltas,
        long position,
        DateTimeOffset asOf,
        CancellationToken cancellationToken);

    /// <summary>The IKM's rank among the eligible candidates of each of <paramref name="needIds"/> where it is eligible and ranks within <paramref name="top"/>.</summary>
    Task<IReadOnlyList<(Guid NeedId, int Rank, decimal Score)>> RanksInTopAsync(Guid ikmId, IReadOnlyCollection<Guid> needIds, int top, CancellationToken cancellationToken);

    /// <summary>
    /// Records alerts for those of <paramref name="alerts"/> not alerted for the need before; returns the ones recorded.
    /// </summary>
    Task<IReadOnlyList<NewAlert>> AlertAsync(IReadOnlyList<NewAlert> alerts, CancellationToken cancellationToken);
}

/// <summary>
/// A kept top: the candidates in rank order with the ranking's counts; it reflects every change up to
/// <see cref="Position"/>, which is every change so far when <see cref="Current"/>.
/// </summary>
public sealed record KeptTop(int Total, int Eligible, long Position, DateTimeOffset AsOf, IReadOnlyList<KeptEntry> Entries, bool Current);

/// <summary>One candidate of a need, as kept.</summary>
public sealed record KeptEntry(Guid NeedId, Guid IkmId, bool Eligible, decimal Score, string[] Unmet);

/// <summary>How a need's counts move when one IKM's row changes.</summary>
public sealed record CountDelta(Guid NeedId, int Total, int Eligible);

/// <summary>
/// The latest outbox position, the one the keeper has handled every change up to (with when it got there), and the last
/// one that may concern a ranking (every event but the keeper's own alerts).
/// </summary>
public sealed record Freshness(long Latest, long Kept, DateTimeOffset? KeptAt, long Concerning)
{
    /// <summary>Whether kept rankings reflect every change written so far.</summary>
    public bool CaughtUp => Kept >= Concerning;
}

/// <summary>An alert to record.</summary>
public sealed record NewAlert(Guid Id, Guid IkmId, Guid NeedId, int Rank, decimal Score, long Position, DateTimeOffset CreatedAt);
