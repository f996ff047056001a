using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Programmes;

/// <summary>
/// "What if it held the certificate": the IKM evaluated by the Domain scorer as it is and as it would be holding the
/// certificates too (<see cref="CandidateToMatch.Holding"/>). No rule of eligibility is written here.
/// </summary>
public static class CertificateUnlocks
{
    /// <summary>
    /// Whether holding <paramref name="types"/> would make the IKM eligible for a need it is a candidate for and not
    /// eligible for now.
    /// </summary>
    public static bool Unlocks(this MatchScorer scorer, PreparedNeed need, CandidateToMatch candidate, IReadOnlyCollection<CertificationType> types)
    {
        if (types.Count == 0)
        {
            return false;
        }

        var now = scorer.Evaluate(need, candidate);
        return now.Candidate && !now.Eligible && scorer.Evaluate(need, candidate.Holding(types)).Eligible;
    }

    /// <summary>Whether the IKM is eligible for the need now and was not without its certificates of <paramref name="types"/>: what obtaining them unlocked.</summary>
    public static bool Unlocked(this MatchScorer scorer, PreparedNeed need, CandidateToMatch candidate, IReadOnlyCollection<CertificationType> types)
    {
        if (types.Count == 0)
        {
            return false;
        }

        var now = scorer.Evaluate(need, candidate);
        return now.Candidate && now.Eligible && !scorer.Evaluate(need, candidate.Without(types)).Eligible;
    }
}
