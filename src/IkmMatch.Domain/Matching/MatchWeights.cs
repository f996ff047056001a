namespace IkmMatch.Domain.Matching;

/// <summary>The weight of each criterion (DESIGN §3). Only their ratios matter: the score is 100 × Σ wᵢ·sᵢ / Σ wᵢ.</summary>
public sealed record MatchWeights(
    decimal Category,
    decimal CapabilityText,
    decimal Capacity,
    decimal Certifications,
    decimal Location,
    decimal TrackRecord,
    decimal Verification)
{
    public static MatchWeights Default { get; } = new(30, 20, 15, 10, 10, 10, 5);

    public decimal Total => Category + CapabilityText + Capacity + Certifications + Location + TrackRecord + Verification;

    /// <summary>Every weight 0 or more, and at least one above 0.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, weight) in Named())
        {
            if (weight < 0)
            {
                yield return $"Matching weight '{name}' is {weight}; weights must be 0 or more.";
            }
        }

        if (Total <= 0)
        {
            yield return "Matching weights add up to 0; at least one must be above 0.";
        }
    }

    private IEnumerable<(string Name, decimal Weight)> Named() =>
    [
        (MatchCriteria.Category, Category),
        (MatchCriteria.CapabilityText, CapabilityText),
        (MatchCriteria.Capacity, Capacity),
        (MatchCriteria.Certifications, Certifications),
        (MatchCriteria.Location, Location),
        (MatchCriteria.TrackRecord, TrackRecord),
        (MatchCriteria.Verification, Verification),
    ];
}

/// <summary>Names of the criteria as the breakdown shows them.</summary>
public static class MatchCriteria
{
    public const string Category = "category";
    public const string CapabilityText = "capabilityText";
    public const string Capacity = "capacity";
    public const string Certifications = "certifications";
    public const string Location = "location";
    public const string TrackRecord = "trackRecord";
    public const string Verification = "verification";
}
