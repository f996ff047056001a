using System.Collections.Concurrent;

namespace IkmMatch.Application.Common.Caching;

/// <summary>
/// A process-local cache of what is read far more often than it changes, kept correct by eviction: every change to a
/// record evicts it here, in this process as the change commits and in every other process when the database's
/// notification of the change arrives (<see cref="RecordCaches"/>). While this process cannot hear those notifications
/// the cache is off: nothing is served from it and nothing is kept.
/// <para>
/// A value read from the database is kept only when no eviction happened while it was being read
/// (<see cref="Generation"/>), so a read that raced a change never keeps the old value.
/// </para>
/// </summary>
public sealed class ReadCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private long _generation;
    private volatile bool _enabled;

    /// <summary>Changes with every eviction; take it before reading the database and give it to <see cref="TrySet"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool Enabled => _enabled;

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_enabled && _entries.TryGetValue(key, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/>, read from the database after <paramref name="generation"/> was taken, unless something was evicted since.</summary>
    public void TrySet(TKey key, TValue value, long generation)
    {
        if (!_enabled || capacity <= 0 || generation != Generation)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear(); // bounded memory: start again rather than track recency on the read path
        }

        _entries[key] = value;
        if (generation != Generation)
        {
            _entries.TryRemove(new KeyValuePair<TKey, TValue>(key, value));
        }
    }

    public void Evict(TKey key)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(key, out _);
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>Turns the cache on (empty) or off (emptied).</summary>
    public void Enable(bool enabled)
    {
        _enabled = false;
        Clear();
        _enabled = enabled;
    }
}
