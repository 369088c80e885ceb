using System.Text;
using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// en-GB dates and times as people type them on a phone, relative to now in the configured zone:
/// times ("14:30", "2pm", "noon"), days ("today", "tomorrow", "Tuesday", "next Tuesday", "23/11",
/// "23rd November", "2026-11-23"), a day with a time in either order ("tomorrow at 14:00",
/// "2pm tomorrow"), and relative times ("in 2 hours", "an hour ago", "now").
/// <para>
/// Ambiguities are settled one way and said back to the user in <see cref="ParsedDateTime.Understood"/>:
/// a time alone that has already passed today means tomorrow for a future question (yesterday's
/// for a past question when it is still to come); a weekday alone, or with "next", means the first
/// such day after today ("last Tuesday", or any weekday for a past question, the one before today;
/// "this Tuesday" is today when today is Tuesday); a day and month without a year take the year that
/// fits the constraint.
/// </para>
/// </summary>
public sealed class DateTimeParser(ZonedClock clock)
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "at", "on", "the", "of", "around", "about", "for", "by" };

    public ZonedClock Clock { get; } = clock;

    /// <summary>
    /// Reads <paramref name="text"/> as a date and time. With <paramref name="after"/> (an earlier answer,
    /// such as when a visit starts), a time alone is the first such time after it, and anything not
    /// after it is refused (<see cref="DateTimeRefusal.NotAfter"/>).
    /// </summary>
    public DateTimeParseResult Parse(string? text, DateTimeConstraint constraint = DateTimeConstraint.Any, DateTimeOffset? after = null)
    {
        var result = ParseAny(Normalize(text), constraint, after);
        if (after is not { } earlier || result.Parsed is not { } parsed || !result.Success)
        {
            return result;
        }

        var notAfter = parsed.HasTime
            ? parsed.Value <= earlier
            : DateOnly.FromDateTime(parsed.Value.DateTime) < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(earlier, Clock.Zone).DateTime);
        return notAfter
            ? new DateTimeParseResult(DateTimeRefusal.NotAfter, parsed, EnGbDateFormat.DateTime(TimeZoneInfo.ConvertTime(earlier, Clock.Zone), Clock.Today))
            : result;
    }

    private DateTimeParseResult ParseAny(string normalized, DateTimeConstraint constraint, DateTimeOffset? after)
    {
        if (normalized.Length == 0)
        {
            return DateTimeParseResult.NotUnderstood;
        }

        if (RelativeTimeParser.Parse(normalized) is { } offset)
        {
            var value = Clock.Now + offset;
            return Check(new ParsedDateTime(value, true, EnGbDateFormat.DateTime(value, Clock.Today)), constraint);
        }

        if (TimeOfDayParser.Parse(normalized) is { } timeAlone)
        {
            return TimeToday(timeAlone, constraint, after);
        }

        foreach (var (datePart, timePart) in Splits(normalized))
        {
            if (TimeOfDayParser.Parse(timePart) is { } time && DateExpressionParser.Parse(datePart) is { } spec)
            {
                return Resolve(spec, time, constraint);
            }
        }

        return DateExpressionParser.Parse(normalized) is { } dateOnly
            ? Resolve(dateOnly, null, constraint)
            : DateTimeParseResult.NotUnderstood;
    }

    /// <summary>A day without a time ("tomorrow", "23/11", "2026-11-23" from a date input).</summary>
    public DateTimeParseResult ParseDate(string? text, DateTimeConstraint constraint = DateTimeConstraint.Any) =>
        DateExpressionParser.Parse(Normalize(text)) is { } spec ? Resolve(spec, null, constraint) : DateTimeParseResult.NotUnderstood;

    /// <summary>A time of day without a date ("14:30", "2pm", "14:30" from a time input).</summary>
    public static TimeOnly? ParseTime(string? text) => TimeOfDayParser.Parse(Normalize(text));

    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lowered = text.Trim().ToLowerInvariant()
            .Replace("a.m.", "am", StringComparison.Ordinal)
            .Replace("p.m.", "pm", StringComparison.Ordinal)
            .Replace(',', ' ')
            .TrimEnd('.', '!', '?', ' ');
        var builder = new StringBuilder(lowered.Length);
        foreach (var token in lowered.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !Fillers.Contains(t)))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(token);
        }

        return builder.ToString();
    }

    /// <summary>Ways to cut "date time" or "time date": the time is one or two words at either end.</summary>
    private static IEnumerable<(string Date, string Time)> Splits(string text)
    {
        var tokens = text.Split(' ');
        for (var k = 1; k <= 2 && k < tokens.Length; k++)
        {
            yield return (string.Join(' ', tokens[..^k]), string.Join(' ', tokens[^k..]));
            yield return (string.Join(' ', tokens[k..]), string.Join(' ', tokens[..k]));
        }
    }

    private DateTimeParseResult TimeToday(TimeOnly time, DateTimeConstraint constraint, DateTimeOffset? after)
    {
        var today = Clock.Today;
        var value = Clock.At(today, time);
        if (after is { } earlier && value <= earlier)
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(earlier, Clock.Zone).DateTime);
            value = Clock.At(day, time);
            if (value <= earlier)
            {
                value = Clock.At(day.AddDays(1), time);
            }
        }
        else if (constraint == DateTimeConstraint.Future && value < Clock.Now)
        {
            value = Clock.At(today.AddDays(1), time);
        }
        else if (constraint == DateTimeConstraint.Past && value > Clock.Now)
        {
            value = Clock.At(today.AddDays(-1), time);
        }

        return Check(new ParsedDateTime(value, true, EnGbDateFormat.DateTime(value, today)), constraint);
    }

    private DateTimeParseResult Resolve(DateSpec spec, TimeOnly? time, DateTimeConstraint constraint)
    {
        var today = Clock.Today;
        DateOnly date;
        switch (spec)
        {
            case RelativeDay relative:
                date = today.AddDays(relative.Offset);
                break;
            case WeekdayDate weekday:
                date = ResolveWeekday(weekday, today, constraint);
                break;
            case CalendarDate calendar:
                var resolved = ResolveCalendar(calendar, today, constraint);
                if (!resolved.Success)
                {
                    return resolved.Failure!;
                }

                date = resolved.Date;
                break;
            default:
                return DateTimeParseResult.NotUnderstood;
        }

        if (time is null)
        {
            return Check(new ParsedDateTime(Clock.At(date, TimeOnly.MinValue), false, EnGbDateFormat.Date(date, today)), constraint);
        }

        var value = Clock.At(date, time.Value);
        return Check(new ParsedDateTime(value, true, EnGbDateFormat.DateTime(value, today)), constraint);
    }

    private static DateOnly ResolveWeekday(WeekdayDate weekday, DateOnly today, DateTimeConstraint constraint)
    {
        var ahead = ((int)weekday.Day - (int)today.DayOfWeek + 7) % 7;
        var behind = ((int)today.DayOfWeek - (int)weekday.Day + 7) % 7;
        var backwards = weekday.Modifier == WeekdayModifier.Last ||
            (weekday.Modifier == WeekdayModifier.None && constraint == DateTimeConstraint.Past);
        if (backwards)
        {
            return today.AddDays(-(behind == 0 ? 7 : behind));
        }

        return weekday.Modifier == WeekdayModifier.This && ahead == 0 ? today : today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static (bool Success, DateOnly Date, DateTimeParseResult? Failure) ResolveCalendar(CalendarDate calendar, DateOnly today, DateTimeConstraint constraint)
    {
        var written = calendar.Year is { } y ? $"{calendar.Day}/{calendar.Month}/{y}" : $"{calendar.Day}/{calendar.Month}";
        var noSuchDate = new DateTimeParseResult(DateTimeRefusal.NoSuchDate, null, written);
        DateOnly date;
        if (calendar.Year is { } year)
        {
            if (!TryDate(year, calendar.Month, calendar.Day, out date))
            {
                return (false, default, noSuchDate);
            }
        }
        else
        {
            var candidateYear = today.Year;
            var valid = TryDate(candidateYear, calendar.Month, calendar.Day, out date);
            if (constraint == DateTimeConstraint.Future && (!valid || date < today))
            {
                valid = TryDate(++candidateYear, calendar.Month, calendar.Day, out date);
            }
            else if (constraint == DateTimeConstraint.Past && (!valid || date > today))
            {
                valid = TryDate(--candidateYear, calendar.Month, calendar.Day, out date);
            }

            if (!valid)
            {
                return (false, default, noSuchDate);
            }
        }

        if (calendar.Weekday is { } expected && date.DayOfWeek != expected)
        {
            return (false, default, new DateTimeParseResult(DateTimeRefusal.WeekdayMismatch, null, $"{EnGbDateFormat.Date(date, today)}"));
        }

        return (true, date, null);
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private DateTimeParseResult Check(ParsedDateTime parsed, DateTimeConstraint constraint)
    {
        var tooEarly = parsed.HasTime ? parsed.Value < Clock.Now : DateOnly.FromDateTime(parsed.Value.DateTime) < Clock.Today;
        var tooLate = parsed.HasTime ? parsed.Value > Clock.Now : DateOnly.FromDateTime(parsed.Value.DateTime) > Clock.Today;
        return constraint switch
        {
            DateTimeConstraint.Future when tooEarly => new DateTimeParseResult(DateTimeRefusal.InThePast, parsed),
            DateTimeConstraint.Past when tooLate => new DateTimeParseResult(DateTimeRefusal.InTheFuture, parsed),
            _ => DateTimeParseResult.Ok(parsed),
        };
    }
}
