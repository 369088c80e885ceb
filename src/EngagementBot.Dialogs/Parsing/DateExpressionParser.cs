using System.Globalization;
using System.Text.RegularExpressions;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// Reads the date part of normalised text into a <see cref="DateSpec"/>. Numeric dates are
/// day-first (en-GB): "03/04" is 3 April.
/// </summary>
internal static partial class DateExpressionParser
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday,
        ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["tues"] = DayOfWeek.Tuesday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["weds"] = DayOfWeek.Wednesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["thurs"] = DayOfWeek.Thursday,
        ["thur"] = DayOfWeek.Thursday,
        ["thu"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
        ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["march"] = 3,
        ["mar"] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun"] = 6,
        ["july"] = 7,
        ["jul"] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sep"] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> RelativeDays = new(StringComparer.Ordinal)
    {
        ["today"] = 0,
        ["tonight"] = 0,
        ["this morning"] = 0,
        ["this afternoon"] = 0,
        ["this evening"] = 0,
        ["tomorrow"] = 1,
        ["tmrw"] = 1,
        ["tmr"] = 1,
        ["tomorrow morning"] = 1,
        ["tomorrow afternoon"] = 1,
        ["tomorrow evening"] = 1,
        ["tomorrow night"] = 1,
        ["yesterday"] = -1,
        ["last night"] = -1,
        ["yesterday morning"] = -1,
        ["yesterday afternoon"] = -1,
        ["yesterday evening"] = -1,
    };

    [GeneratedRegex(@"^(?:(?<mod>next|this|last|coming) )?(?<wd>[a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayOnly();

    [GeneratedRegex(@"^(?:(?<wd>[a-z]+) )?(?<d>\d{1,2})(?<sep>[/-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?:(?<wd>[a-z]+) )?(?<d>\d{1,2})(?:st|nd|rd|th)? (?<mon>[a-z]+)(?: (?<y>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?:(?<wd>[a-z]+) )?(?<mon>[a-z]+) (?<d>\d{1,2})(?:st|nd|rd|th)?(?: (?<y>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    public static DateSpec? Parse(string text)
    {
        if (RelativeDays.TryGetValue(text, out var offset))
        {
            return new RelativeDay(offset);
        }

        var match = WeekdayOnly().Match(text);
        if (match.Success && Weekdays.TryGetValue(match.Groups["wd"].Value, out var day))
        {
            return new WeekdayDate(day, match.Groups["mod"].Value switch
            {
                "next" or "coming" => WeekdayModifier.Next,
                "this" => WeekdayModifier.This,
                "last" => WeekdayModifier.Last,
                _ => WeekdayModifier.None,
            });
        }

        match = Iso().Match(text);
        if (match.Success)
        {
            return new CalendarDate(Number(match, "d"), Number(match, "m"), Number(match, "y"), null);
        }

        match = Numeric().Match(text);
        if (!match.Success)
        {
            match = DayMonth().Match(text);
            if (!match.Success || !Months.ContainsKey(match.Groups["mon"].Value))
            {
                match = MonthDay().Match(text);
            }
        }

        return match.Success ? Calendar(match) : null;
    }

    private static CalendarDate? Calendar(Match match)
    {
        DayOfWeek? weekday = null;
        if (match.Groups["wd"].Success)
        {
            if (!Weekdays.TryGetValue(match.Groups["wd"].Value, out var wd))
            {
                return null;
            }

            weekday = wd;
        }

        int month;
        if (match.Groups["mon"].Success)
        {
            if (!Months.TryGetValue(match.Groups["mon"].Value, out month))
            {
                return null;
            }
        }
        else
        {
            month = Number(match, "m");
        }

        int? year = match.Groups["y"].Success ? Number(match, "y") : null;
        if (year is < 100)
        {
            year += 2000;
        }

        return new CalendarDate(Number(match, "d"), month, year, weekday);
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
