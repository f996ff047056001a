namespace IkmMatch.Infrastructure.Matching;

/// <summary>How rankings that are not kept yet are kept (<c>Rankings:*</c>).</summary>
public sealed class RankingOptions
{
    public const string Section = "Rankings";

    /// <summary>
    /// Every open need is kept (not only those posted or updated through the API, or asked for) while the registry has at
    /// most this many active IKM: a city's registry is kept whole within seconds, a national one only as asked for.
    /// </summary>
    public int KeepAllOpenNeedsUpToIkm { get; set; } = 50_000;

    /// <summary>Needs kept per transaction; the keeper's checkpoint is held meanwhile, so changes wait at most that long.</summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>
    /// A batch takes no further need once this long has passed (a need of a national common division alone can take
    /// seconds), so that changes wait for the background keeper as little as possible.
    /// </summary>
    public double BatchSeconds { get; set; } = 0.5;

    public void Check()
    {
        if (KeepAllOpenNeedsUpToIkm < 0)
        {
            throw new InvalidOperationException("Rankings:KeepAllOpenNeedsUpToIkm must be 0 or more.");
        }

        if (BatchSize is < 1 or > 1000)
        {
            throw new InvalidOperationException("Rankings:BatchSize must be between 1 and 1000.");
        }

        if (BatchSeconds is <= 0 or > 600)
        {
            throw new InvalidOperationException("Rankings:BatchSeconds must be more than 0 and at most 600.");
        }
    }
}
