using System.Collections.Concurrent;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Application.Common.Caching;

/// <summary>
/// Every open need of an active industry, prepared for the scorer's numbers (<see cref="PreparedNeed.ForNumbers"/>: no
/// texts, one copy of each term, the terms numbered) and indexed by KBLI division and by the terms of its title and keywords: what
/// opportunities weigh an IKM against, without reading the needs from the database. It is read whole on first use; after
/// that a changed need, and the needs of a changed industry, are read again by themselves before the next use (changes
/// are heard as for every read cache, <see cref="RecordCaches.Changed"/>).
/// <para>
/// It is off — <see cref="CurrentAsync"/> answers null and callers read the database — while this process cannot hear
/// changes, when <see cref="CachingOptions.OpenNeeds"/> is 0, and when more needs than that are open (until the caches
/// are next turned on).
/// </para>
/// </summary>
public sealed class OpenNeedCatalog(int capacity) : IDisposable
{
    private readonly SemaphoreSlim _update = new(1, 1);

    // Needs and industries changed since the catalog was read, with the number of the change (a change heard again while
    // it is being read stays to be read again).
    private readonly ConcurrentDictionary<Guid, long> _changedNeeds = new();
    private readonly ConcurrentDictionary<Guid, long> _changedIndustries = new();
    private long _changes;
    private long _resets;
    private volatile Catalog? _catalog;
    private volatile bool _enabled;
    private volatile bool _tooMany;

    /// <summary>Open needs held now (0 before the first use).</summary>
    public int Count => _catalog?.Count ?? 0;

    public bool Enabled => _enabled && capacity > 0 && !_tooMany;

    public void NeedChanged(Guid needId) => _changedNeeds[needId] = Interlocked.Increment(ref _changes);

    public void IndustryChanged(Guid industryId) => _changedIndustries[industryId] = Interlocked.Increment(ref _changes);

    /// <summary>Turns the catalog on (to be read whole on first use) or off.</summary>
    public void Enable(bool enabled)
    {
        _enabled = false;
        Interlocked.Increment(ref _resets);
        _catalog = null;
        _changedNeeds.Clear();
        _changedIndustries.Clear();
        _tooMany = false;
        _enabled = enabled;
    }

    /// <summary>
    /// The catalog with every change heard so far applied (reading the changed needs, or every open need the first time),
    /// or null when it is off.
    /// </summary>
    public async ValueTask<Catalog?> CurrentAsync(IApplicationDbContext db, MatchScorer scorer, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        var current = _catalog;
        if (current is not null && _changedNeeds.IsEmpty && _changedIndustries.IsEmpty)
        {
            return current;
        }

        await _update.WaitAsync(cancellationToken);
        try
        {
            current = _catalog;
            if (!Enabled || (current is not null && _changedNeeds.IsEmpty && _changedIndustries.IsEmpty))
            {
                return Enabled ? current : null;
            }

            var resets = Interlocked.Read(ref _resets);
            var needs = _changedNeeds.ToArray();
            var industries = _changedIndustries.ToArray();
            var next = current is null
                ? await ReadAllAsync(db, scorer, cancellationToken)
                : await current.WithAsync(db, scorer, [.. needs.Select(n => n.Key)], [.. industries.Select(i => i.Key)], cancellationToken);
            if (resets != Interlocked.Read(ref _resets))
            {
                return null; // turned off or on meanwhile: what was read may have missed a change
            }

            if (next is null || next.Count > capacity)
            {
                _tooMany = true;
                _catalog = null;
                return null;
            }

            foreach (var change in needs)
            {
                _changedNeeds.TryRemove(change);
            }

            foreach (var change in industries)
            {
                _changedIndustries.TryRemove(change);
            }

            _catalog = next;
            return next;
        }
        finally
        {
            _update.Release();
        }
    }

    public void Dispose() => _update.Dispose();

    private async Task<Catalog?> ReadAllAsync(IApplicationDbContext db, MatchScorer scorer, CancellationToken cancellationToken)
    {
        var terms = new TermPool();
        var entries = new Dictionary<Guid, Entry>();
        await foreach (var need in OpenNeedsForIkm.Open(db, _ => true).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entries.Count >= capacity)
            {
                return null;
            }

            entries[need.Need.Id] = Entry.Of(scorer, need, terms);
        }

        return new Catalog(entries, terms);
    }

    /// <summary>One open need in the catalog, with the division and search terms it is found by.</summary>
    internal sealed record Entry(PreparedOpenNeed Need, string Division, string[] SearchTerms)
    {
        public static Entry Of(MatchScorer scorer, OpenNeedsForIkm.OpenNeed open, TermPool terms)
        {
            var prepared = OpenNeedsForIkm.Prepare(scorer, open);
            var need = prepared with
            {
                Prepared = prepared.Prepared.ForNumbers(terms.Share, terms.Ids),
                Kbli = terms.Share(prepared.Kbli),
                IndustryName = terms.Share(prepared.IndustryName),
            };
            return new Entry(need, terms.Share(prepared.Kbli[..2]), [.. open.Need.SearchTerms.Select(terms.Share)]);
        }
    }

    /// <summary>One copy of each term, code and name held by the catalog's needs, and the terms' numbers.</summary>
    internal sealed class TermPool
    {
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

        public TermIds Ids { get; } = new();

        public string Share(string value)
        {
            if (_pool.TryGetValue(value, out var shared))
            {
                return shared;
            }

            _pool[value] = value;
            return value;
        }
    }

    /// <summary>The open needs as read at one moment, by id, division and search term. Never changed once built.</summary>
    public sealed class Catalog
    {
        private readonly Dictionary<Guid, Entry> _entries;
        private readonly TermPool _terms;
        private readonly Dictionary<string, List<PreparedOpenNeed>> _byDivision = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Entry>> _byTerm = new(StringComparer.Ordinal);

        internal Catalog(Dictionary<Guid, Entry> entries, TermPool terms)
        {
            _entries = entries;
            _terms = terms;
            foreach (var entry in entries.Values)
            {
                if (!_byDivision.TryGetValue(entry.Division, out var inDivision))
                {
                    _byDivision[entry.Division] = inDivision = [];
                }

                inDivision.Add(entry.Need);
                foreach (var term in entry.SearchTerms)
                {
                    if (!_byTerm.TryGetValue(term, out var withTerm))
                    {
                        _byTerm[term] = withTerm = [];
                    }

                    withTerm.Add(entry);
                }
            }
        }

        public int Count => _entries.Count;

        /// <summary>The IKM with its terms numbered as the catalog's needs are: weighed against them faster, to the same figures.</summary>
        public CandidateToMatch Numbered(CandidateToMatch candidate) => candidate.WithTermIds(_terms.Ids);

        /// <summary>
        /// The open needs an IKM is retrieved for (<see cref="OpenNeedsForIkm.RetrievalKeys"/>): those of its capabilities'
        /// divisions, and those outside them that share a term of their title or keywords with its capabilities.
        /// </summary>
        public List<PreparedOpenNeed> For(CandidateToMatch candidate)
        {
            var (divisions, terms) = OpenNeedsForIkm.RetrievalKeys(candidate);
            var result = new List<PreparedOpenNeed>();
            foreach (var division in divisions)
            {
                if (_byDivision.TryGetValue(division, out var inDivision))
                {
                    result.AddRange(inDivision);
                }
            }

            HashSet<Guid>? outside = null;
            foreach (var term in terms)
            {
                if (!_byTerm.TryGetValue(term, out var withTerm))
                {
                    continue;
                }

                foreach (var entry in withTerm)
                {
                    if (!divisions.Contains(entry.Division) && (outside ??= []).Add(entry.Need.Id))
                    {
                        result.Add(entry.Need);
                    }
                }
            }

            return result;
        }

        /// <summary>This catalog with <paramref name="needs"/> and the needs of <paramref name="industries"/> read again.</summary>
        internal async Task<Catalog> WithAsync(
            IApplicationDbContext db, MatchScorer scorer, Guid[] needs, Guid[] industries, CancellationToken cancellationToken)
        {
            var read = await OpenNeedsForIkm.Open(db, n => needs.Contains(n.Id) || industries.Contains(n.IndustryId)).ToListAsync(cancellationToken);
            var gone = needs.ToHashSet();
            var changedIndustries = industries.ToHashSet();
            var entries = new Dictionary<Guid, Entry>(_entries.Count + read.Count);
            foreach (var (id, entry) in _entries)
            {
                if (!gone.Contains(id) && !changedIndustries.Contains(entry.Need.IndustryId))
                {
                    entries[id] = entry;
                }
            }

            foreach (var need in read)
            {
                entries[need.Need.Id] = Entry.Of(scorer, need, _terms);
            }

            return new Catalog(entries, _terms);
        }
    }
}
