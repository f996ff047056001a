namespace IkmMatch.Application.Common;

public static class Clock
{
    /// <summary>Today's date in UTC, the calendar every date rule of IkmMatch uses.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
