using System.Text.Json;
using System.Text.RegularExpressions;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>A pseudonymous case reference matching the configured pattern; trimmed and upper-cased.</summary>
internal sealed class CaseReferenceAnswer(Regex pattern, string example) : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.CaseReference;

    public AnswerResult Interpret(Question question, string text)
    {
        var reference = text.Trim().ToUpperInvariant();
        return pattern.IsMatch(reference)
            ? AnswerResult.Accept(reference)
            : AnswerResult.Reject($"That doesn't look like a case reference — it should look like {example}. Please use the reference, never a name.");
    }

    public string HowToAnswer(Question question) => $"Type the case reference, like {example}. Please use the reference, never a name.";

    public string Display(Question question, JsonElement value) => value.GetString() ?? "";
}
