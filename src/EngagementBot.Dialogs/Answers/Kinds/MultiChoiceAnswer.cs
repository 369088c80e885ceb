using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;

namespace EngagementBot.Dialogs.Answers.Kinds;

/// <summary>
/// Any number of the options: a list of names or numbers ("1, 3 and 5", "shouting, swearing", "2 4"),
/// each read as <see cref="ChoiceAnswer"/> reads one; "none" (or an empty multi-select card) is no option.
/// Stored as an array of values in the options' order, each once.
/// </summary>
internal sealed partial class MultiChoiceAnswer : IAnswerKind
{
    private static readonly HashSet<string> NoneWords = new(StringComparer.Ordinal)
    {
        "", "none", "nothing", "no", "none of these", "none of them", "none of the above", "not any",
    };

    public AnswerKind Kind => AnswerKind.Choices;

    public AnswerResult Interpret(Question question, string text)
    {
        if (NoneWords.Contains(TextNormalizer.ForMatching(text)))
        {
            return AnswerResult.Accept(Array.Empty<string>());
        }

        var whole = ChoiceAnswer.Match(question.Options, text);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        if (whole is not null)
        {
            chosen.Add(whole.Value);
        }
        else
        {
            foreach (var piece in Pieces(text))
            {
                var matched = Read(question.Options, piece);
                if (matched.Count == 0)
                {
                    unknown.Add(piece);
                }

                chosen.UnionWith(matched.Select(o => o.Value));
            }
        }

        if (unknown.Count > 0 || chosen.Count == 0)
        {
            var which = unknown.Count > 0 ? $"I didn't recognise \"{string.Join("\", \"", unknown)}\". " : "";
            return AnswerResult.Reject(which + HowToAnswer(question));
        }

        var values = question.Options.Where(o => chosen.Contains(o.Value)).Select(o => o.Value).ToArray();
        var exact = Pieces(text).SequenceEqual(values, StringComparer.Ordinal);
        return AnswerResult.Accept(values, exact ? null : Titles(question.Options, values));
    }

    public string HowToAnswer(Question question) =>
        "Choose all that apply: tick them on the card, or type their numbers or words (for example \"1, 3 and 5\"), or type \"none\".";

    public string Display(Question question, JsonElement value)
    {
        var values = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToArray()
            : [];
        return Titles(question.Options, values);
    }

    /// <summary>
    /// The titles of the chosen values, as "A, B and C"; "None" for none. Titles written as sentences ("It isn't
    /// real.") are listed as sentences instead, each ending in its own full stop: "It isn't real. Often late."
    /// </summary>
    internal static string Titles(IReadOnlyList<ChoiceOption> options, IReadOnlyList<string> values)
    {
        var titles = values.Select(v => options.FirstOrDefault(o => o.Value == v)?.Title ?? v).ToList();
        if (titles.Count > 1 && titles.Any(Sentences.Ends))
        {
            return string.Join(" ", titles.Select(Sentences.Of));
        }

        return titles.Count switch
        {
            0 => "None",
            1 => titles[0],
            _ => string.Join(", ", titles.Take(titles.Count - 1)) + " and " + titles[^1],
        };
    }

    /// <summary>
    /// One piece of the list: an option on its own, else several joined by "and" / "&amp;", else a run of
    /// numbers ("2 4"). Empty when any part is not an option.
    /// </summary>
    private static List<ChoiceOption> Read(IReadOnlyList<ChoiceOption> options, string piece)
    {
        if (ChoiceAnswer.Match(options, piece) is { } one)
        {
            return [one];
        }

        var parts = AndPattern().Split(piece).Where(p => p.Length > 0).ToList();
        if (parts.Count == 1)
        {
            parts = [.. piece.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            if (!parts.All(p => NumberParser.Parse(p) is not null))
            {
                return [];
            }
        }

        var matched = parts.Select(p => ChoiceAnswer.Match(options, p)).ToList();
        return matched.Any(m => m is null) ? [] : [.. matched.OfType<ChoiceOption>()];
    }

    private static string[] Pieces(string text) =>
        ListPattern().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    [GeneratedRegex(@"[,;/+\n\r]", RegexOptions.CultureInvariant)]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"\s+(?:and|&)\s+|\s*&\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndPattern();
}
