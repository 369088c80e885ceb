using System.Globalization;
using System.Text.Json;

namespace EngagementBot.Dialogs.Answers;

/// <summary>Reads, checks and shows answers, by the question's kind (one <see cref="IAnswerKind"/> each).</summary>
internal sealed class AnswerInterpreter
{
    private readonly Dictionary<AnswerKind, IAnswerKind> _kinds;

    public AnswerInterpreter(IEnumerable<IAnswerKind> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Kind);
        var missing = Enum.GetValues<AnswerKind>().Where(k => !_kinds.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("no reader for answer kinds: " + string.Join(", ", missing));
        }
    }

    public AnswerResult Interpret(Question question, string? text) => _kinds[question.Kind].Interpret(question, text ?? "");

    public string HowToAnswer(Question question) => _kinds[question.Kind].HowToAnswer(question);

    public string Display(Question question, JsonElement value) => _kinds[question.Kind].Display(question, value);

    /// <summary>A submitted card value as the text it stands for (toggles give "true"/"false"); null when empty.</summary>
    public static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>An answer with no question to format it (action results): plain text, Yes/No, numbers.</summary>
    public static string? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "Yes",
        JsonValueKind.False => "No",
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        _ => null,
    };
}
