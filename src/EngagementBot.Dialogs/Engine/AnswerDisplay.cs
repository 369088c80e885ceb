using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.State;
using EngagementBot.Dialogs.Templating;

namespace EngagementBot.Dialogs.Engine;

/// <summary>Answers as people read them, and templates (<c>{stepId}</c>) filled with them.</summary>
internal static class AnswerDisplay
{
    public static string? Show(DialogRuntime runtime, LoadedDialog dialog, DialogFrame frame, string path)
    {
        if (AnswerStore.Get(frame.Answers, path) is not { } value)
        {
            return null;
        }

        return QuestionResolver.ForPath(runtime.Catalog, dialog, frame, path) is { } question
            ? runtime.Answers.Display(question, value)
            : AnswerInterpreter.Plain(value);
    }

    public static string Fill(DialogRuntime runtime, LoadedDialog dialog, DialogFrame frame, string? template) =>
        template is null ? "" : AnswerTemplate.Render(template, path => Show(runtime, dialog, frame, path));
}
