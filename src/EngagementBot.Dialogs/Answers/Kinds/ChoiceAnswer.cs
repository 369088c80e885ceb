using System.Text.Json;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>
/// One of the options, named by its value, title or a synonym, by its number in the list ("2",
/// "two"), or by whole words of its title that fit only one option ("neutral"; three letters or
/// more). Stored as the value.
/// </summary>
internal sealed class ChoiceAnswer : IAnswerKind
{
    public AnswerKind Kind => AnswerKind.Choice;

    public AnswerResult Interpret(Question question, string text)
    {
        var option = Match(question.Options, text);
        return option is not null
            ? AnswerResult.Accept(option.Value)
            : AnswerResult.Reject($"I didn't catch which one — please choose {List(question.Options)} (or type its number).");
    }

    public string HowToAnswer(Question question) =>
        $"Choose {List(question.Options)} — press a button, type the words, or type its number.";

    public string Display(Question question, JsonElement value)
    {
        var stored = value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString();
        return question.Options.FirstOrDefault(o => o.Value == stored)?.Title ?? stored ?? "";
    }

    internal static ChoiceOption? Match(IReadOnlyList<ChoiceOption> options, string text)
    {
        var said = TextNormalizer.ForMatching(text);
        if (said.Length == 0)
        {
            return null;
        }

        var exact = options.FirstOrDefault(o => Names(o).Contains(said));
        if (exact is not null)
        {
            return exact;
        }

        if (NumberParser.Parse(text) is { } number && number >= 1 && number <= options.Count)
        {
            return options[number - 1];
        }

        if (said.Length < 3)
        {
            return null;
        }

        var partial = options.Where(o => Names(o).Any(n => ($" {n} ").Contains($" {said} ", StringComparison.Ordinal))).ToList();
        return partial.Count == 1 ? partial[0] : null;
    }

    private static IEnumerable<string> Names(ChoiceOption option) =>
        new[] { option.Value, option.Title }.Concat(option.Synonyms ?? []).Select(TextNormalizer.ForMatching);

    private static string List(IReadOnlyList<ChoiceOption> options) =>
        options.Count switch
        {
            0 => "an option",
            1 => options[0].Title,
            _ => "one of: " + string.Join(", ", options.Take(options.Count - 1).Select(o => o.Title)) + " or " + options[^1].Title,
        };
}
