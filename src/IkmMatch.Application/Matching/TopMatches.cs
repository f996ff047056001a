using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

/// <summary>
/// The best <c>capacity</c> scored items seen so far, in <see cref="MatchRanking"/>'s order (eligible first, then score
/// descending, then id as PostgreSQL orders uuids), holding no more than that many whatever how many are offered.
/// </summary>
internal sealed class TopMatches<T>(int capacity, Func<T, Guid> id)
{
    private readonly List<(T Item, MatchValue Value)> _best = new(capacity + 1);
    private readonly Comparer<(T Item, MatchValue Value)> _order = Comparer<(T Item, MatchValue Value)>.Create(
        (a, b) => MatchRanking.Compare(a.Value.Eligible, a.Value.Score, id(a.Item), b.Value.Eligible, b.Value.Score, id(b.Item)));

    public int Count => _best.Count;

    public void Offer(T item, MatchValue value)
    {
        if (_best.Count == capacity && _order.Compare((item, value), _best[^1]) >= 0)
        {
            return;
        }

        var index = _best.BinarySearch((item, value), _order);
        _best.Insert(index < 0 ? ~index : index, (item, value));
        if (_best.Count > capacity)
        {
            _best.RemoveAt(_best.Count - 1);
        }
    }

    /// <summary>The kept items, best first.</summary>
    public IReadOnlyList<(T Item, MatchValue Value)> Ranked => _best;
}
