using System.Globalization;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Host.Flows.LoneWorker;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Times as the session flow writes them: in chat text, in the lone-worker time zone ("16:00" today,
/// "Tuesday 24 November, 16:00" otherwise); on cards, as Teams date/time functions so each reader sees
/// their own time zone.
/// </summary>
public sealed class SessionTimes(TeamDirectory teams, TimeProvider clock)
{
    /// <summary>For chat text: the time alone when it is today (local), else the day and time.</summary>
    public string Text(DateTimeOffset value)
    {
        var local = TimeZoneInfo.ConvertTime(value, teams.Zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), teams.Zone).DateTime);
        return DateOnly.FromDateTime(local.DateTime) == today
            ? EnGbDateFormat.Time(TimeOnly.FromDateTime(local.DateTime))
            : EnGbDateFormat.DateTime(local, today);
    }

    /// <summary>For cards: <c>{{DATE(…, SHORT)}} {{TIME(…)}}</c>, which Teams shows in the reader's own time zone and language.</summary>
    public static string Card(DateTimeOffset value)
    {
        var utc = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, SHORT)}}}} {{{{TIME({utc})}}}}";
    }

    /// <summary>A duration in words: "30 minutes", "1 hour", "1 hour 30 minutes".</summary>
    public static string Duration(TimeSpan span)
    {
        var hours = (int)span.TotalHours;
        var minutes = span.Minutes;
        var parts = new List<string>(2);
        if (hours > 0)
        {
            parts.Add(hours == 1 ? "1 hour" : $"{hours} hours");
        }

        if (minutes > 0 || hours == 0)
        {
            parts.Add(minutes == 1 ? "1 minute" : $"{minutes} minutes");
        }

        return string.Join(' ', parts);
    }
}
