using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// The answers a pack's rules can rely on: each answer is checked against its question and kept in the
/// pack's own spelling ("yes"/"no", or the option id), letter case ignored. An answer to a question the
/// pack does not have, or that is not one of the question's answers, is left out, as if unanswered.
/// </summary>
internal sealed class AnswerSheet
{
    private readonly Dictionary<string, string> _answers = new(StringComparer.Ordinal);

    public AnswerSheet(ProcedurePack pack, IReadOnlyDictionary<string, PackAnswer> answers)
    {
        var questions = pack.PreContactQuestions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var (questionId, answer) in answers)
        {
            if (answer is not null
                && questions.TryGetValue(questionId, out var question)
                && Normalize(question, answer.Value) is { } value)
            {
                _answers[questionId] = value;
            }
        }
    }

    /// <summary>True when the question was answered with one of <paramref name="values"/>.</summary>
    public bool AnsweredWithAnyOf(string questionId, IReadOnlyList<string> values) =>
        _answers.TryGetValue(questionId, out var answer) && values.Contains(answer, StringComparer.Ordinal);

    private static string? Normalize(PackQuestion question, string value) => question.Kind switch
    {
        QuestionKind.YesNo => Match(value, [PackAnswer.Yes, PackAnswer.No]),
        QuestionKind.Choice => Match(value, (question.Options ?? []).Select(o => o.Id)),
        _ => value,
    };

    private static string? Match(string value, IEnumerable<string> allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
}
