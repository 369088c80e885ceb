namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// The current time and local wall-clock conversions in one time zone (Europe/London by default:
/// GMT in winter, BST in summer).
/// </summary>
public sealed class ZonedClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Now in the zone, to the minute (seconds dropped).</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        }
    }

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>
    /// The instant a local wall-clock time names. A time skipped when clocks go forward (01:30 on
    /// the spring change) is read with the offset before the change, so it lands an hour later
    /// (02:30 BST); a time that happens twice when clocks go back takes the first (summer time).
    /// </summary>
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var before = Zone.GetUtcOffset(local.AddHours(-3));
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, before), Zone);
        }

        if (Zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, Zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static TimeZoneInfo FindZone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
