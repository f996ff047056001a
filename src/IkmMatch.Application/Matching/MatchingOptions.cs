using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

/// <summary>The <c>Matching</c> configuration section: the criteria weights (<c>Matching:Weights:Relevance</c>, …).</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public WeightOptions Weights { get; set; } = new();

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
