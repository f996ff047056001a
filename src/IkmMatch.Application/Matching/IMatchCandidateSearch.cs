using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

/// <summary>
/// Retrieves the possible candidates of one need from the database, never a scan of the registry: the active IKM with a
/// capability in the need's KBLI division (the division index), and the active IKM with a capability that shares a term of
/// the need's title or keywords whatever its KBLI (the term index). Each comes with all its capabilities (and their stored
/// terms), its certificates and its track record (how many partnerships it completed and the sum of their ratings).
/// <para>
/// The search only retrieves: it carries no rule of eligibility or scoring. Whether a retrieved IKM is a candidate, whether
/// it is eligible and what it scores are the Domain scorer's (<see cref="MatchScorer.Evaluate"/>).
/// </para>
/// </summary>
public interface IMatchCandidateSearch
{
    /// <summary>Streams the IKM that may be candidates for the need, each once, in no particular order.</summary>
    IAsyncEnumerable<FoundCandidate> FindAsync(CandidateSearch search, CancellationToken cancellationToken);
}

/// <summary>What to retrieve candidates for: a need's KBLI division and the terms of its title and keywords.</summary>
public sealed record CandidateSearch(string Division, IReadOnlyList<string> Terms)
{
    public static CandidateSearch For(PreparedNeed need) => new(need.Need.Kbli[..2], need.Terms.SearchKeys);
}

/// <summary>One IKM retrieved for a need, as the scorer sees it.</summary>
public sealed record FoundCandidate(Guid IkmId, string Name, CandidateToMatch Match);
