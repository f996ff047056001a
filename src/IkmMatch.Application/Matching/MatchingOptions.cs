using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

/// <summary>The <c>Matching</c> configuration section: the criteria weights (<c>Matching:Weights:Relevance</c>, …).</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public WeightOptions Weights { get; set; } = new();

    /// <summary>
    /// How many needs this process ranks on the spot at once (needs without a kept ranking; default 0: one per processor).
    /// More wait their turn: at national scale one such ranking reads hundreds of thousands of candidates, and many at
    /// once would only share the processors and multiply the memory.
    /// </summary>
    public int MaxConcurrentRankings { get; set; }

    public MatchWeights ToWeights() => new(
        Weights.Relevance,
        Weights.Capacity,
        Weights.Certifications,
        Weights.Location,
        Weights.TrackRecord,
        Weights.Verification);

    public sealed class WeightOptions
    {
        public decimal Relevance { get; set; } = MatchWeights.Default.Relevance;

        public decimal Capacity { get; set; } = MatchWeights.Default.Capacity;

        public decimal Certifications { get; set; } = MatchWeights.Default.Certifications;

        public decimal Location { get; set; } = MatchWeights.Default.Location;

        public decimal TrackRecord { get; set; } = MatchWeights.Default.TrackRecord;

        public decimal Verification { get; set; } = MatchWeights.Default.Verification;
    }
}
