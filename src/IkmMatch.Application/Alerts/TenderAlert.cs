namespace IkmMatch.Application.Alerts;

/// <summary>
/// A tender alert: an open need the IKM ranks among the eligible top of (<see cref="AlertOptions.Top"/>), told once per
/// need whatever happens to the need or the IKM afterwards. Each alert is also an outbox event (<c>ikm.alerted</c>).
/// </summary>
public sealed class TenderAlert
{
    public Guid Id { get; set; }

    public Guid IkmId { get; set; }

    public Guid NeedId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>The IKM's rank among the need's eligible candidates when it was alerted.</summary>
    public int Rank { get; set; }

    /// <summary>Its score then.</summary>
    public decimal Score { get; set; }

    /// <summary>The outbox position of the change that brought it into the top.</summary>
    public long Position { get; set; }
}

/// <summary>The <c>Alerts</c> configuration section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>How many of a need's eligible candidates, best first, are alerted (1–100).</summary>
    public int Top { get; set; } = 10;
}
