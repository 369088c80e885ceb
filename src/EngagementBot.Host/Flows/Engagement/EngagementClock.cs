using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Parsing;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>Local days in the dialogs' time zone: today, the day and time of day of an instant, and dates as people read them.</summary>
public sealed class EngagementClock(IOptions<DialogOptions> options, TimeProvider time)
{
    private readonly ZonedClock _clock = new(time, ZonedClock.FindZone(options.Value.TimeZone));

    public ZonedClock Zoned => _clock;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => _clock.Today;

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _clock.Zone).DateTime);

    /// <summary>The local time of day of an instant.</summary>
    public TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _clock.Zone).DateTime);

    /// <summary>"Monday 2 March" (the year added when it is not this year).</summary>
    public string Text(DateOnly day) => EnGbDateFormat.Date(day, Today);
}
