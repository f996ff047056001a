using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching.Rankings;

/// <summary>
/// What a kept score depends on besides the data: the scorer's revision, its language's version and the configured
/// weights. A ranking kept under another model is not kept (it is recomputed); bump <see cref="ScorerRevision"/> whenever
/// <see cref="MatchScorer"/> changes what it computes.
/// </summary>
public static class RankingModel
{
    /// <summary>Changes whenever the scorer's arithmetic or rules change.</summary>
    public const int ScorerRevision = 1;

    /// <summary>The model of <paramref name="scorer"/>: a short fingerprint, the same in every process configured alike.</summary>
    public static string Of(MatchScorer scorer)
    {
        var w = scorer.Weights;
        var text = string.Join(
            '|',
            ScorerRevision.ToString(CultureInfo.InvariantCulture),
            scorer.Language.Version,
            w.Relevance.ToString(CultureInfo.InvariantCulture),
            w.Capacity.ToString(CultureInfo.InvariantCulture),
            w.Certifications.ToString(CultureInfo.InvariantCulture),
            w.Location.ToString(CultureInfo.InvariantCulture),
            w.TrackRecord.ToString(CultureInfo.InvariantCulture),
            w.Verification.ToString(CultureInfo.InvariantCulture));
        return $"r{ScorerRevision}-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
    }
}
