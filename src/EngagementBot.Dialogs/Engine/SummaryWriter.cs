using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// The summary card: the step's facts with answers filled in, or, when it lists none, every
/// answered question with its label. Facts with no value (skipped, not asked) are left out.
/// </summary>
internal static class SummaryWriter
{
    public static void Write(DialogRuntime runtime, TurnContext context, LoadedDialog dialog, DialogFrame frame, StepDefinition step)
    {
        var facts = step.Facts is { } listed
            ? listed.Select(f => (Label: AnswerDisplay.Fill(runtime, dialog, frame, f.Label), Value: AnswerDisplay.Fill(runtime, dialog, frame, f.Value)))
            : QuestionResolver.All(dialog, frame).Select(q => (
                Label: q.Label ?? AnswerDisplay.Fill(runtime, dialog, frame, q.Text),
                Value: AnswerDisplay.Show(runtime, dialog, frame, q.Path) ?? ""));

        var data = new JsonObject
        {
            ["title"] = AnswerDisplay.Fill(runtime, dialog, frame, step.Title),
            ["facts"] = new JsonArray([.. facts
                .Where(f => !string.IsNullOrWhiteSpace(f.Value))
                .Select(f => new JsonObject { ["label"] = f.Label, ["value"] = f.Value })]),
        };
        if (step.Note is not null)
        {
            data["note"] = AnswerDisplay.Fill(runtime, dialog, frame, step.Note);
        }

        context.SayCard(runtime.Cards.Render(CardTemplates.Summary, data));
    }
}
