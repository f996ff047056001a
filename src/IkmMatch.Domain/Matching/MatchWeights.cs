namespace IkmMatch.Domain.Matching;

/// <summary>
/// The weight of each criterion (DESIGN §3). Only their ratios matter: relevance earns up to
/// 100 × <see cref="Relevance"/> ÷ Σ weights points, and each fit criterion up to 100 × its weight ÷ Σ weights, times
/// the relevance, so an IKM that does not do the job earns (almost) nothing for the rest.
/// </summary>
public sealed record MatchWeights(
    decimal Relevance,
    decimal Capacity,
    decimal Certifications,
    decimal Location,
    decimal TrackRecord,
    decimal Verification)
{
    public static MatchWeights Default { get; } = new(50, 15, 10, 10, 10, 5);

    public decimal Total => Relevance + Capacity + Certifications + Location + TrackRecord + Verification;

    /// <summary>Every weight 0 or more, and relevance above 0: without it nothing says whether an IKM does the job.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, weight) in Named())
        {
            if (weight < 0)
            {
                yield return $"Matching weight '{name}' is {weight}; weights must be 0 or more.";
            }
        }

        if (Relevance <= 0)
        {
            yield return "Matching weight 'relevance' must be above 0: it decides whether an IKM does the job at all.";
        }
    }

    private IEnumerable<(string Name, decimal Weight)> Named() =>
    [
        (MatchCriteria.Relevance, Relevance),
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
    public const string Relevance = "relevance";
    public const string Capacity = "capacity";
    public const string Certifications = "certifications";
    public const string Location = "location";
    public const string TrackRecord = "trackRecord";
    public const string Verification = "verification";
}
