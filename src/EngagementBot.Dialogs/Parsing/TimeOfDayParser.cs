using System.Globalization;
using System.Text.RegularExpressions;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// A time of day on its own: "14:30", "14.30", "2pm", "2 pm", "2.30pm", "2:30 pm", "noon",
/// "midday", "midnight". A bare number ("2") is not a time: am or pm would be a guess.
/// </summary>
internal static partial class TimeOfDayParser
{
    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))? ?(?<ap>am|pm)$", RegexOptions.CultureInvariant)]
    private static partial Regex TwelveHour();

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TwentyFourHour();

    /// <summary>Parses already-normalised text (lower case, "a.m." folded to "am").</summary>
    public static TimeOnly? Parse(string text)
    {
        switch (text)
        {
            case "noon" or "midday" or "12 noon":
                return new TimeOnly(12, 0);
            case "midnight" or "12 midnight":
                return new TimeOnly(0, 0);
        }

        var match = TwelveHour().Match(text);
        if (match.Success)
        {
            var hour = Number(match, "h");
            var minute = match.Groups["m"].Success ? Number(match, "m") : 0;
            if (hour is < 1 or > 12 || minute > 59)
            {
                return null;
            }

            var pm = match.Groups["ap"].Value == "pm";
            return new TimeOnly((hour % 12) + (pm ? 12 : 0), minute);
        }

        match = TwentyFourHour().Match(text);
        if (match.Success)
        {
            var hour = Number(match, "h");
            var minute = Number(match, "m");
            return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
        }

        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
