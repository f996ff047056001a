namespace IkmMatch.Application.Changes;

/// <summary>The <c>Changes</c> configuration section: how long the changes feed promises to keep events.</summary>
public sealed class ChangesOptions
{
    public const string Section = "Changes";

    /// <summary>Days an event stays readable; a cursor whose next event is older is a 410 (resync from the export).</summary>
    public int RetentionDays { get; init; } = 90;
}
