using System.Globalization;
using System.Text.Json;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>A date on its own (form date fields): "23/11", "tomorrow", or the card's "2026-11-23". Stored as yyyy-MM-dd.</summary>
internal sealed class DateAnswer(DateTimeParser parser) : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.Date;

    public AnswerResult Interpret(Question question, string text)
    {
        var result = parser.ParseDate(text, question.Constraint);
        if (!result.Success)
        {
            return result.Refusal == DateTimeRefusal.NoSuchDate
                ? AnswerResult.Reject($"There's no such date as {result.Detail} — I read dates day first, like 23/11 for 23 November.")
                : AnswerResult.Reject("I didn't catch a date — try 'today', 'tomorrow', 'Tuesday' or '23/11'.");
        }

        var date = DateOnly.FromDateTime(result.Parsed!.Value.DateTime);
        return AnswerResult.Accept(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), result.Parsed.Understood);
    }

    public string HowToAnswer(Question question) => "Type a date, like 'tomorrow', 'Tuesday' or '23/11' (day first).";

    public string Display(Question question, JsonElement value) =>
        DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? EnGbDateFormat.Date(date, parser.Clock.Today)
            : value.ToString();
}
