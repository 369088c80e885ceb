using System.Globalization;
using System.Text.Json;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>
/// A date and time (or, with precision <c>day</c>, a date) read by <see cref="DateTimeParser"/> and
/// checked against the step's constraint. Stored as ISO 8601 with the zone's offset
/// (<c>2026-11-25T10:00:00+00:00</c>) or as a date (<c>2026-11-25</c>); said back as understood.
/// </summary>
internal sealed class DateTimeAnswer(DateTimeParser parser) : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.DateTime;

    public AnswerResult Interpret(Question question, string text)
    {
        var result = parser.Parse(text, question.Constraint, question.After);
        var dayOnly = question.Precision == DateTimePrecision.Day;
        switch (result.Refusal)
        {
            case DateTimeRefusal.None when dayOnly:
                var date = DateOnly.FromDateTime(result.Parsed!.Value.DateTime);
                return AnswerResult.Accept(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), EnGbDateFormat.Date(date, parser.Clock.Today));
            case DateTimeRefusal.None when !result.Parsed!.HasTime:
                return AnswerResult.Reject($"I've got {result.Parsed.Understood} — what time? Please give the day and the time together, like '{Example(question)}'.");
            case DateTimeRefusal.None:
                return AnswerResult.Accept(result.Parsed.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), result.Parsed.Understood);
            case DateTimeRefusal.NoSuchDate:
                return AnswerResult.Reject($"There's no such date as {result.Detail} — I read dates day first, like 23/11 for 23 November.");
            case DateTimeRefusal.WeekdayMismatch:
                return AnswerResult.Reject($"The day and the date don't match — that date is {result.Detail}. Could you check which you meant?");
            case DateTimeRefusal.InThePast:
                return AnswerResult.Reject($"{result.Parsed!.Understood} has already passed — I need {(dayOnly ? "a day" : "a time")} that's still to come, like '{Example(question)}'.");
            case DateTimeRefusal.NotAfter:
                return AnswerResult.Reject($"{result.Parsed!.Understood} isn't after {result.Detail} — I need a later {(dayOnly ? "day" : "time")} than that.");
            case DateTimeRefusal.InTheFuture:
                return AnswerResult.Reject($"{result.Parsed!.Understood} hasn't happened yet — I need {(dayOnly ? "a day" : "a time")} in the past, like '{Example(question)}'.");
            default:
                return AnswerResult.Reject(dayOnly
                    ? $"I didn't catch a date — try {DayExamples(question)}."
                    : $"I didn't catch a time — try {Examples(question)}.");
        }
    }

    public string HowToAnswer(Question question) => question.Precision == DateTimePrecision.Day
        ? $"Type a date, like {DayExamples(question)}. Dates are day first: 23/11 is 23 November."
        : $"Type a day and a time, like {Examples(question)}. Dates are day first: 23/11 is 23 November.";

    public string Display(Question question, JsonElement value)
    {
        var text = value.GetString() ?? "";
        var today = parser.Clock.Today;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return EnGbDateFormat.Date(date, today);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? EnGbDateFormat.DateTime(TimeZoneInfo.ConvertTime(instant, parser.Clock.Zone), today)
            : text;
    }

    private static string Example(Question question) => question.Constraint switch
    {
        DateTimeConstraint.Past => question.Precision == DateTimePrecision.Day ? "yesterday" : "an hour ago",
        _ => question.Precision == DateTimePrecision.Day ? "tomorrow" : "tomorrow 2pm",
    };

    private static string Examples(Question question) => question.Constraint switch
    {
        DateTimeConstraint.Past => "'an hour ago', 'today 9am', 'yesterday 3pm' or '23/11 14:00'",
        DateTimeConstraint.Future => "'14:30', 'tomorrow 2pm', 'Tuesday 10am' or 'in 2 hours'",
        _ => "'14:30', 'tomorrow 2pm' or '23/11 10:00'",
    };

    private static string DayExamples(Question question) => question.Constraint == DateTimeConstraint.Past
        ? "'today', 'yesterday', 'last Tuesday' or '23/11'"
        : "'today', 'tomorrow', 'Tuesday' or '23/11'";
}
