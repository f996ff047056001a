using IkmMatch.Domain.Matching;

namespace IkmMatch.Application.Matching;

/// <summary>The <c>Matching</c> configuration section: the criteria weights (<c>Matching:Weights:Category</c>, …) and the candidate window.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public WeightOptions Weights { get; set; } = new();

    /// <summary>
    /// <c>Matching:CandidateWindow</c>: how many candidates (and at least 10 per match asked for) the first statement of a
    /// match brings, best bound first. A match almost always finishes within it; when it does not, a second statement
    /// brings the rest.
    /// </summary>
    public int CandidateWindow { get; set; } = 1000;

    public MatchWeights ToWeights() => new(
        Weights.Category,
        Weights.CapabilityText,
        Weights.Capacity,
        Weights.Certifications,
        Weights.Location,
        Weights.TrackRecord,
        Weights.Verification);

    public sealed class WeightOptions
    {
        public decimal Category { get; set; } = MatchWeights.Default.Category;

        public decimal CapabilityText { get; set; } = MatchWeights.Default.CapabilityText;

        public decimal Capacity { get; set; } = MatchWeights.Default.Capacity;

        public decimal Certifications { get; set; } = MatchWeights.Default.Certifications;

        public decimal Location { get; set; } = MatchWeights.Default.Location;

        public decimal TrackRecord { get; set; } = MatchWeights.Default.TrackRecord;

        public decimal Verification { get; set; } = MatchWeights.Default.Verification;
    }
}
