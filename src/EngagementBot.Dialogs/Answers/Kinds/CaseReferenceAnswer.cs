using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>
/// A pseudonymous case reference matching the configured pattern; trimmed and upper-cased. Anything
/// else is refused; when it looks like a name, a date of birth or an address the refusal says so and
/// asks for the reference instead (the words are not repeated back, stored or logged).
/// </summary>
internal sealed class CaseReferenceAnswer(Regex pattern, string example) : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.CaseReference;

    public AnswerResult Interpret(Question question, string text)
    {
        var reference = text.Trim().ToUpperInvariant();
        if (pattern.IsMatch(reference))
        {
            return AnswerResult.Accept(reference);
        }

        var why = PersonalDetails.Find(text) switch
        {
            PersonalDetail.Name => "That looks like it could be someone's name.",
            PersonalDetail.DateOfBirth => "That looks like a date — perhaps a date of birth.",
            PersonalDetail.Address => "That looks like part of an address.",
            _ => "That doesn't look like a case reference.",
        };
        return AnswerResult.Reject(
            $"{why} I only need the case reference, like {example} — never a name, a date of birth or an address, so none of those is kept here.");
    }

    public string HowToAnswer(Question question) =>
        $"Type the case reference, like {example}. Please use the reference — never a name, a date of birth or an address.";

    public string Display(Question question, JsonElement value) => value.GetString() ?? "";
}
