using System.Text.Json;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>Free text, trimmed; not empty and not longer than the step's <c>maxLength</c> (default 2000).</summary>
internal sealed class TextAnswer : IAnswerKind
{
    private const int DefaultMaxLength = 2000;

    public AnswerKind Kind => AnswerKind.Text;

    public AnswerResult Interpret(Question question, string text)
    {
        var trimmed = text.Trim();
        var max = question.MaxLength ?? DefaultMaxLength;
        if (trimmed.Length == 0)
        {
            return AnswerResult.Reject("I need a few words for this one — just type your answer.");
        }

        return trimmed.Length > max
            ? AnswerResult.Reject($"That's a bit long for me — could you keep it under {max} characters?")
            : AnswerResult.Accept(trimmed);
    }

    public string HowToAnswer(Question question) => "Type your answer in your own words.";

    public string Display(Question question, JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString();
}
