using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

/// <summary>
/// The candidates of one need, found by PostgreSQL from the KBLI division index in one statement: the active IKM with
/// a capability in the need's division, each with those capabilities, its certificates and its track record.
/// <para>
/// To spare the process a whole division, the statement also works out, per candidate, whether it meets the hard
/// requirements (the scorer's rules, in SQL) and an upper bound of its score: every criterion as the scorer computes
/// it except the capability text, counted at its full weight. It counts the candidates and the eligible ones, and
/// leaves out every candidate that the <c>take</c>-th best lower bound already beats: those could not be among the
/// first <c>take</c>. The rest come eligible first, then by upper bound, highest first, so the caller can stop as soon
/// as the scores it has beat the next bound: the first <see cref="CandidateSearch.Window"/> of them from that statement,
/// any after them from a second one. The scores themselves are always the Domain scorer's.
/// </para>
/// </summary>
public interface IMatchCandidateSearch
{
    /// <summary>Streams the candidates that may rank among the first <see cref="CandidateSearch.Take"/>; fills the counts of <paramref name="search"/> first.</summary>
    IAsyncEnumerable<BoundedCandidate> FindAsync(CandidateSearch search, CancellationToken cancellationToken);
}

/// <summary>A search for the candidates of one need, and what it counted.</summary>
public sealed class CandidateSearch(NeedToMatch need, MatchWeights weights, int take, bool includeIneligible, int window)
{
    public NeedToMatch Need { get; } = need;

    public MatchWeights Weights { get; } = weights;

    /// <summary>How many candidates the caller will keep.</summary>
    public int Take { get; } = take;

    /// <summary>Whether ineligible candidates are wanted (after the eligible ones).</summary>
    public bool IncludeIneligible { get; } = includeIneligible;

    /// <summary>How many candidates the first statement brings (<see cref="MatchingOptions.CandidateWindow"/>, at least 10 per one taken).</summary>
    public int Window { get; } = Math.Max(window, take * 10);

    /// <summary>Active IKM with a capability in the need's KBLI division.</summary>
    public int TotalCandidates { get; private set; }

    /// <summary>How many of them meet every hard requirement.</summary>
    public int EligibleCandidates { get; private set; }

    public void Counted(int total, int eligible)
    {
        TotalCandidates = total;
        EligibleCandidates = eligible;
    }
}

/// <summary>One candidate, with whether it meets the hard requirements and the most it can score.</summary>
public sealed record BoundedCandidate(Guid IkmId, string Name, CandidateToMatch Match, bool Eligible, decimal UpperBound);
