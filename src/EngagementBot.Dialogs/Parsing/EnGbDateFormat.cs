using System.Globalization;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>How dates are written back to users: "Tuesday 25 November, 10:00" (the year only when it is not this year).</summary>
public static class EnGbDateFormat
{
    public static string Date(DateOnly date, DateOnly today) =>
        date.ToString(date.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value, DateOnly today) =>
        $"{Date(DateOnly.FromDateTime(value.DateTime), today)}, {Time(TimeOnly.FromDateTime(value.DateTime))}";
}
