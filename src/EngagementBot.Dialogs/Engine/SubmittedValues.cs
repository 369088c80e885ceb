using System.Text.Json;
using EngagementBot.Dialogs.Answers;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Finds the answer to a single question in a card submit's data: under the question's key, or
/// <c>answer</c>, <c>value</c> or <c>choice</c> (choice buttons); for dates, <c>date</c> and <c>time</c>
/// inputs are put together. Null when the submit holds nothing for the question.
/// </summary>
internal static class SubmittedValues
{
    private static readonly string[] AnswerKeys = ["answer", "value", "choice"];

    public static string? For(Question question, JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        foreach (var key in AnswerKeys.Prepend(question.Key))
        {
            if (data.TryGetProperty(key, out var answer))
            {
                return AnswerInterpreter.TextOf(answer) ?? "";
            }
        }

        if (question.Kind == AnswerKind.DateTime && (data.TryGetProperty("date", out _) || data.TryGetProperty("time", out _)))
        {
            return $"{Text(data, "date")} {Text(data, "time")}".Trim();
        }

        return null;
    }

    /// <summary>A form input's value as text; null when it is absent or empty.</summary>
    public static string? Field(JsonElement data, string id) =>
        data.TryGetProperty(id, out var value) ? AnswerInterpreter.TextOf(value) : null;

    private static string Text(JsonElement data, string key) => Field(data, key) ?? "";
}
