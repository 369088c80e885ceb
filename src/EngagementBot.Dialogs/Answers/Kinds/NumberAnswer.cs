using System.Globalization;
using System.Text.Json;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>A whole number (see <see cref="NumberParser"/>) within the step's min and max.</summary>
internal sealed class NumberAnswer : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.Number;

    public AnswerResult Interpret(Question question, string text)
    {
        if (NumberParser.Parse(text) is not { } number)
        {
            return AnswerResult.Reject($"I didn't catch a number — please type a whole number{Range(question)}, like 2 or 'two'.");
        }

        if (number < question.Min || number > question.Max)
        {
            return AnswerResult.Reject($"{number} is outside what I can take here — please give a whole number{Range(question)}.");
        }

        return AnswerResult.Accept(number);
    }

    public string HowToAnswer(Question question) => $"Type a whole number{Range(question)}, as digits or a word (\"3\" or \"three\").";

    public string Display(Question question, JsonElement value) => value.ToString();

    private static string Range(Question question) => (question.Min, question.Max) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $" of {min} or more"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $" up to {max}"),
        _ => "",
    };
}
