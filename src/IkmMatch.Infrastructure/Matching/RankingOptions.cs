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
    }
}
