namespace IkmMatch.Application.Common;

public static class Clock
{
    /// <summary>
    /// The current instant in UTC, to whole microseconds: what PostgreSQL's timestamptz keeps, so that a response
    /// written right after a change shows the same time a later read does.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    /// <summary>Today's date in UTC, the calendar every date rule of IkmMatch uses.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
