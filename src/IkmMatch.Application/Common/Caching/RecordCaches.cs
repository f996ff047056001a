using IkmMatch.Application.ApiKeys;
using IkmMatch.Application.Common.Models;
using IkmMatch.Application.Ikms;
using IkmMatch.Application.Matching;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Caching;

/// <summary>
/// The read caches of this process and the one place that says which change evicts what: an IKM's events evict that
/// IKM's profile; every change but an alert empties the kept matches answers and the opportunities answers; a need's change, or an industry's, has that
/// need or that industry's needs read again into the open needs' catalog; archiving an IKM or an industry, and any
/// change to API keys, empties the keys (a key bound to an archived record stops working, a revoked key at once).
/// </summary>
public sealed class RecordCaches(CachingOptions options) : IDisposable
{
    /// <summary><c>GET /ikms/{id}</c>'s answer before contacts are hidden from the caller, by IKM id.</summary>
    public ReadCache<Guid, Versioned<IkmResponse>> Ikms { get; } = new(options.IkmEntries);

    /// <summary>Authenticated API keys by the hash of their secret, with when their last use was written.</summary>
    public ReadCache<string, CachedKey> Keys { get; } = new(options.KeyEntries);

    /// <summary>
    /// <c>GET /needs/{id}/matches</c>'s answers read from kept rankings, by need and query. Any change but the keeper's own
    /// alerts may move any ranking, so every such change empties it; an answer computed on the spot is never kept.
    /// </summary>
    public ReadCache<MatchesKey, CachedMatches> Matches { get; } = new(options.MatchEntries);

    /// <summary>
    /// <c>GET /ikms/{id}/opportunities</c>'s answers, by IKM and query. Any change but the keeper's own alerts may move
    /// any of them (a need, an industry, the IKM, or a kept ranking's change), so every such change empties it.
    /// </summary>
    public ReadCache<OpportunitiesKey, OpportunitiesResponse> Opportunities { get; } = new(options.OpportunityEntries);

    /// <summary>
    /// Every open need of an active industry, prepared for the scorer's numbers (what opportunities weigh an IKM against).
    /// A need's change has it read again; an industry's change has its needs read again.
    /// </summary>
    public OpenNeedCatalog OpenNeeds { get; } = new(options.OpenNeeds);

    /// <summary>A record changed (an outbox event was committed): evicts what it makes stale.</summary>
    public void Changed(string type, Guid subject)
    {
        if (type.StartsWith("ikm.", StringComparison.Ordinal))
        {
            Ikms.Evict(subject);
        }

        if (type != EventTypes.IkmAlerted)
        {
            Matches.Clear();
            Opportunities.Clear();
        }

        if (type.StartsWith("need.", StringComparison.Ordinal))
        {
            OpenNeeds.NeedChanged(subject);
        }
        else if (type.StartsWith("industry.", StringComparison.Ordinal))
        {
            OpenNeeds.IndustryChanged(subject);
        }

        if (type is EventTypes.IkmArchived or EventTypes.IndustryArchived)
        {
            Keys.Clear();
        }
    }

    public void Dispose() => OpenNeeds.Dispose();

    /// <summary>An API key was issued, revoked or changed.</summary>
    public void KeysChanged() => Keys.Clear();

    private readonly TaskCompletionSource _firstEnabled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the caches are first turned on (this process has begun to hear every change).</summary>
    public Task FirstEnabled => _firstEnabled.Task;

    /// <summary>Turns every cache on (when this process hears every change) or off.</summary>
    public void Enable(bool enabled)
    {
        Ikms.Enable(enabled);
        Keys.Enable(enabled);
        Matches.Enable(enabled);
        Opportunities.Enable(enabled);
        OpenNeeds.Enable(enabled);
        if (enabled)
        {
            _firstEnabled.TrySetResult();
        }
    }
}

/// <summary>An authenticated key as cached, and when its last use was last written to the database.</summary>
public sealed record CachedKey(AuthenticatedKey Key, DateTimeOffset LastUseWritten);

/// <summary>What a kept matches answer is cached under: the need and the query's options.</summary>
public readonly record struct MatchesKey(Guid NeedId, int Limit, bool IncludeIneligible);

/// <summary>What an opportunities answer is cached under: the IKM and the query's options.</summary>
public readonly record struct OpportunitiesKey(Guid IkmId, int Limit, bool IncludeIneligible);

/// <summary>A kept matches answer as cached, with the need's industry (whose keys may read it).</summary>
public sealed record CachedMatches(Guid IndustryId, NeedMatchesResponse Response);

/// <summary>Sizes of the read caches (<c>Caching:*</c>).</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Whether this process keeps read caches at all (they also need the database's notifications to be heard).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>IKM profiles kept (about 1–2 KB each); at this many the cache starts again empty.</summary>
    public int IkmEntries { get; set; } = 20_000;

    /// <summary>API keys kept.</summary>
    public int KeyEntries { get; set; } = 10_000;

    /// <summary>Kept matches answers kept (about 20–40 KB each at 20 items; 0 keeps none); at this many the cache starts again empty.</summary>
    public int MatchEntries { get; set; } = 2_000;

    /// <summary>Opportunities answers kept (about 20–40 KB each at 20 items; 0 keeps none); at this many the cache starts again empty.</summary>
    public int OpportunityEntries { get; set; } = 1_000;

    /// <summary>
    /// Open needs kept prepared in memory for opportunities (2–3 KB each; 0 keeps none). When more are open the catalog is
    /// off and opportunities read the needs they weigh from the database.
    /// </summary>
    public int OpenNeeds { get; set; } = 50_000;
}
