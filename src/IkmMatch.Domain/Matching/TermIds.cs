using System.Collections.Concurrent;

namespace IkmMatch.Domain.Matching;

/// <summary>
/// Numbers for term keys, for weighing many needs held in memory against one IKM by comparing numbers instead of hashing
/// strings: the needs' terms are numbered once (<see cref="NeedTerms.ForNumbers(Func{string, string}, TermIds)"/>), an
/// IKM's once per use (<see cref="CandidateToMatch.WithTermIds"/>). A term no need has has no number, and matches none.
/// </summary>
public sealed class TermIds
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next = -1;

    public int Count => _ids.Count;

    /// <summary>The term's number, given one when it has none.</summary>
    public int Add(string term) => _ids.TryGetValue(term, out var id) ? id : _ids.GetOrAdd(term, _ => Interlocked.Increment(ref _next));

    /// <summary>The term's number, or -1 when no need has it.</summary>
    public int Find(string term) => _ids.TryGetValue(term, out var id) ? id : -1;
}

/// <summary>A need's term keys by number (sorted), with their weights and whether each is of the title and keywords.</summary>
public sealed record NeedTermTable(TermIds Vocabulary, int[] Ids, double[] Weights, bool[] Primary);

/// <summary>A capability's terms by number (<see cref="CandidateCapability.Terms"/>' order; -1 for a term no need has), and which are in its name.</summary>
public sealed record CapabilityTermIds(TermIds Vocabulary, int[] Ids, bool[] InName);
