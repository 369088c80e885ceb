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
    private static readonly ChoiceOption[] YesNo = [new() { Value = "yes", Title = "Yes" }, new() { Value = "no", Title = "No" }];

    public static void Ask(DialogRuntime runtime, TurnContext context)
    {
        var frame = context.Top;
        var dialog = runtime.Catalog.Get(frame.DialogId);
        var step = dialog.Definition.Steps[frame.Step];
        if (FormSteps.ShowsCard(step) && frame.Part is null)
        {
            var inputs = FormSteps.Inputs(frame, step)
                .Select(i => Input(i.Question, AnswerDisplay.Fill(runtime, dialog, frame, i.Label)));
            var intro = step.Kind == StepKind.PackQuestions && step.Prompt?.Text is { } text ? AnswerDisplay.Fill(runtime, dialog, frame, text) : null;
            context.SayCard(FormCard(runtime, CardIds.For(dialog, step.Id), AnswerDisplay.Fill(runtime, dialog, frame, FormSteps.Title(step)), intro, inputs, FormSteps.SubmitTitle(step)));
            return;
        }

        if (step is { Kind: StepKind.PackQuestions, AsForm: not true } && frame.Part == 0 && step.Prompt?.Text is { } packIntro)
        {
            context.Note(AnswerDisplay.Fill(runtime, dialog, frame, packIntro));
        }

        var question = QuestionResolver.At(dialog, frame, frame.Position)
            ?? throw new InvalidOperationException($"step '{step.Id}' of '{dialog.Id}' has no question at part {frame.Part}");
        var prompt = AnswerDisplay.Fill(runtime, dialog, frame, question.Text);
        if (question is { OfferCard: true, Kind: AnswerKind.DateTime })
        {
            List<JsonObject> fields = [Input("date", "date", "Date", required: true, choices: [])];
            if (question.Precision == DateTimePrecision.Minute)
            {
                fields.Add(Input("time", "time", "Time", required: true, choices: []));
            }

            context.SayCard(FormCard(runtime, CardIds.For(dialog, question.Path), prompt, intro: null, fields, Messages.NextTitle));
        }
        else if (question.Kind == AnswerKind.Choices)
        {
            var input = Input(question.Key, "choice", question.Label ?? Messages.ChooseAny, required: false, question.Options);
            input["multiSelect"] = true;
            context.SayCard(FormCard(runtime, CardIds.For(dialog, question.Path), prompt, Messages.ChooseAllThatApply, [input], Messages.NextTitle));
        }
        else if (question.Card?.Card is { } template)
        {
            context.SayCard(runtime.Cards.Render(template, PromptData(CardIds.For(dialog, question.Path), prompt, question)));
        }
        else
        {
            context.Say(question.Kind == AnswerKind.Choice ? prompt + "\n\n" + NumberedOptions(question.Options) : prompt);
        }
    }

    private static JsonObject PromptData(string cardId, string text, Question question)
    {
        var data = new JsonObject { ["prompt"] = cardId, ["question"] = text };
        var choices = Choices(question);
        if (choices.Count > 0)
        {
            data["choices"] = ChoiceArray(choices);
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

    private static string FormCard(DialogRuntime runtime, string cardId, string title, string? intro, IEnumerable<JsonObject> fields, string submitTitle)
    {
        var data = new JsonObject
        {
            ["form"] = cardId,
            ["title"] = title,
            ["fields"] = new JsonArray([.. fields]),
            ["submitTitle"] = submitTitle,
        };
        if (intro is not null)
        {
            data["intro"] = intro;
        }

        return runtime.Cards.Render(CardTemplates.Form, data);
    }

    /// <summary>
    /// A question as an input of the form template. Yes/no is a pair of Yes / No buttons (a choice set)
    /// rather than a toggle: a toggle left alone would send "no", so an unanswered question could not
    /// be told from a "no"; numbers are typed into a text input.
    /// </summary>
    private static JsonObject Input(Question question, string label)
    {
        var kind = question.Kind switch
        {
            AnswerKind.YesNo or AnswerKind.Choice => "choice",
            AnswerKind.Date => "date",
            AnswerKind.Time => "time",
            _ => "text",
        };
        return Input(question.Key, kind, label, question.Required, Choices(question));
    }

    private static JsonObject Input(string id, string kind, string label, bool required, IReadOnlyList<ChoiceOption> choices)
    {
        var field = new JsonObject { ["kind"] = kind, ["id"] = id, ["label"] = label, ["required"] = required };
        if (choices.Count > 0)
        {
            field["choices"] = ChoiceArray(choices);
        }

        return field;
    }

    /// <summary>The buttons a question is answered with: its options, Yes / No, or none.</summary>
    private static IReadOnlyList<ChoiceOption> Choices(Question question) => question.Kind switch
    {
        AnswerKind.Choice or AnswerKind.Choices => question.Options,
        AnswerKind.YesNo => YesNo,
        _ => [],
    };

    private static JsonArray ChoiceArray(IEnumerable<ChoiceOption> choices) =>
        new([.. choices.Select(c => new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);

    private static string NumberedOptions(IReadOnlyList<ChoiceOption> options) =>
        string.Join("\n", options.Select((o, i) => $"{i + 1}. {o.Title}"));
}
