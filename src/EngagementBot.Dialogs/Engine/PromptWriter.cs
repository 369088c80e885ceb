using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Asks the question at the active frame's position: as text, as the prompt's card template
/// (question and choices supplied as data), or as a form card.
/// </summary>
internal static class PromptWriter
{
    public static void Ask(DialogRuntime runtime, TurnContext context)
    {
        var frame = context.Top;
        var dialog = runtime.Catalog.Get(frame.DialogId);
        var step = dialog.Definition.Steps[frame.Step];
        if (step.Kind == StepKind.Form && frame.Part is null)
        {
            var fields = step.Fields!.Select(f => Field(f.Id, FieldInputKind(f.Kind), f.Label, f.Required ?? true, f.Options)).ToList();
            context.SayCard(FormCard(runtime, CardIds.For(dialog, step.Id), AnswerDisplay.Fill(runtime, dialog, frame, step.Title), fields, step.SubmitTitle ?? "Send"));
            return;
        }

        if (step.Kind == StepKind.PackQuestions && frame.Part == 0 && step.Prompt?.Text is { } intro)
        {
            context.Note(AnswerDisplay.Fill(runtime, dialog, frame, intro));
        }

        var question = QuestionResolver.At(dialog, frame, frame.Position)
            ?? throw new InvalidOperationException($"step '{step.Id}' of '{dialog.Id}' has no question at part {frame.Part}");
        var text = AnswerDisplay.Fill(runtime, dialog, frame, question.Text);
        if (question is { OfferCard: true, Kind: AnswerKind.DateTime })
        {
            List<JsonObject> fields = [Field("date", "date", "Date", true, null)];
            if (question.Precision == DateTimePrecision.Minute)
            {
                fields.Add(Field("time", "time", "Time", true, null));
            }

            context.SayCard(FormCard(runtime, CardIds.For(dialog, question.Path), text, fields, "Next"));
        }
        else if (question.Card?.Card is { } template)
        {
            context.SayCard(runtime.Cards.Render(template, PromptData(CardIds.For(dialog, question.Path), text, question)));
        }
        else
        {
            context.Say(question.Kind == AnswerKind.Choice ? text + "\n\n" + NumberedOptions(question.Options) : text);
        }
    }

    private static JsonObject PromptData(string cardId, string text, Question question)
    {
        var data = new JsonObject { ["prompt"] = cardId, ["question"] = text };
        var choices = question.Kind switch
        {
            AnswerKind.Choice => question.Options.Select(o => (o.Title, o.Value)).ToList(),
            AnswerKind.YesNo => [("Yes", "yes"), ("No", "no")],
            _ => [],
        };
        if (choices.Count > 0)
        {
            data["choices"] = new JsonArray([.. choices.Select(c => new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        }

        if (question.Card?.Data is { ValueKind: JsonValueKind.Object } extra)
        {
            foreach (var property in extra.EnumerateObject())
            {
                data[property.Name] = JsonSerializer.SerializeToNode(property.Value);
            }
        }

        return data;
    }

    private static string FormCard(DialogRuntime runtime, string cardId, string title, IEnumerable<JsonObject> fields, string submitTitle) =>
        runtime.Cards.Render(CardTemplates.Form, new JsonObject
        {
            ["form"] = cardId,
            ["title"] = title,
            ["fields"] = new JsonArray([.. fields]),
            ["submitTitle"] = submitTitle,
        });

    private static JsonObject Field(string id, string kind, string label, bool required, IReadOnlyList<ChoiceOption>? options)
    {
        var field = new JsonObject { ["kind"] = kind, ["id"] = id, ["label"] = label, ["required"] = required };
        if (kind == "toggle")
        {
            field["title"] = "Yes";
        }

        if (options is not null)
        {
            field["choices"] = new JsonArray([.. options.Select(o => new JsonObject { ["title"] = o.Title, ["value"] = o.Value })]);
        }

        return field;
    }

    /// <summary>Form field kinds as the form template's input kinds (numbers are typed into a text input).</summary>
    private static string FieldInputKind(string kind) => kind switch
    {
        "yesNo" => "toggle",
        "choice" or "date" or "time" => kind,
        _ => "text",
    };

    private static string NumberedOptions(IReadOnlyList<ChoiceOption> options) =>
        string.Join("\n", options.Select((o, i) => $"{i + 1}. {o.Title}"));
}
