using System.Text.Json;

namespace EngagementBot.Dialogs.Answers;

/// <summary>Reads, checks and shows one kind of answer.</summary>
internal interface IAnswerKind
{
    AnswerKind Kind { get; }

    AnswerResult Interpret(Question question, string text);

    /// <summary>How to answer, for "help" ("Answer 'yes' or 'no'.").</summary>
    string HowToAnswer(Question question);

    /// <summary>A stored answer as the user would read it (summaries, prompts naming answers).</summary>
    string Display(Question question, JsonElement value);
}
