using System.Text.Json;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>Yes or no (see <see cref="YesNoParser"/>), stored as true/false.</summary>
internal sealed class YesNoAnswer : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.YesNo;

    public AnswerResult Interpret(Question question, string text) =>
        YesNoParser.Parse(text) is { } answer
            ? AnswerResult.Accept(answer)
            : AnswerResult.Reject("I didn't catch a yes or no — please answer 'yes' or 'no'.");

    public string HowToAnswer(Question question) => "Answer 'yes' or 'no'.";

    public string Display(Question question, JsonElement value) => value.ValueKind == JsonValueKind.True ? "Yes" : "No";
}
