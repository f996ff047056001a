namespace IkmMatch.Infrastructure.Outbox;

/// <summary>How the outbox dispatcher runs (<c>Outbox:*</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Whether this process runs the dispatcher in the background. Off, events wait for a process that does.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often an idle consumer looks for events without being told: the database notifies every process when events
    /// commit, so this only bounds the delay when a notification is lost (a dropped connection).
    /// </summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Events handed to a consumer per transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>The longest wait before a consumer that failed is tried again (it doubles from one second up to this).</summary>
    public double MaxRetrySeconds { get; set; } = 30;

    public void Check()
    {
        if (PollSeconds is <= 0 or > 3600)
        {
            throw new InvalidOperationException("Outbox:PollSeconds must be more than 0 and at most 3600.");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new InvalidOperationException("Outbox:BatchSize must be between 1 and 10000.");
        }

        if (MaxRetrySeconds is < 1 or > 3600)
        {
            throw new InvalidOperationException("Outbox:MaxRetrySeconds must be between 1 and 3600.");
        }
    }
}
