using System.Text.Json;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>A time of day on its own (form time fields): "14:30", "2pm", "noon". Stored as HH:mm.</summary>
internal sealed class TimeAnswer : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.Time;

    public AnswerResult Interpret(Question question, string text) =>
        DateTimeParser.ParseTime(text) is { } time
            ? AnswerResult.Accept(EnGbDateFormat.Time(time))
            : AnswerResult.Reject("I didn't catch a time — try '14:30', '2pm' or 'noon'.");

    public string HowToAnswer(Question question) => "Type a time, like '14:30', '2pm' or 'noon'.";

    public string Display(Question question, JsonElement value) => value.GetString() ?? "";
}
