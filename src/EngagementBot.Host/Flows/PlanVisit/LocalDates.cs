using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Parsing;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>Dates and times as the dialogs write them back ("Tuesday 24 November, 14:00"), in the dialogs' time zone.</summary>
public sealed class LocalDates(IOptions<DialogOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = ZonedClock.FindZone(options.Value.TimeZone);

    public string DateTime(DateTimeOffset value) => EnGbDateFormat.DateTime(Local(value), Today);

    public string Date(DateTimeOffset value) => EnGbDateFormat.Date(DateOnly.FromDateTime(Local(value).DateTime), Today);

    private DateOnly Today => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    private DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, _zone);
}
