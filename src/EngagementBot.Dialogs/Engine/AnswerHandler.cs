using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.State;
using EngagementBot.Domain.Turns;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Takes the user's answer to the pending question (typed, or from a card), stores it under its
/// path and moves on; or says kindly what is expected, and after too many tries offers a way out.
/// A form card (a form, or pack questions shown as one) is answered whole; typing instead switches it
/// to one question at a time, and the whole card can still be sent later.
/// </summary>
internal sealed class AnswerHandler(DialogRuntime runtime, StepRunner runner)
{
    /// <summary>False when the input is a card submit that holds nothing for the pending question.</summary>
    public async Task<bool> HandleAsync(TurnContext context)
    {
        var frame = context.Top;
        var dialog = runtime.Catalog.Get(frame.DialogId);
        var step = dialog.Definition.Steps[frame.Step];
        var submitted = context.Input.Kind == TurnKind.CardSubmit;
        var question = QuestionResolver.At(dialog, frame, frame.Position);
        var formCardId = FormSteps.ShowsCard(step) ? CardIds.For(dialog, step.Id) : null;
        var questionCardId = question is null ? null : CardIds.For(dialog, question.Path);
        var cardId = submitted ? CardIds.Of(context.Input.Value) : null;
        if (cardId is not null && cardId != formCardId && cardId != questionCardId)
        {
            return AnswerFromEarlierCard(context, cardId);
        }

        if (formCardId is not null && await AnswerFormStepAsync(context, dialog, frame, step, formCardId, cardId == questionCardId && cardId is not null) is { } handled)
        {
            return handled;
        }

        if (question is null)
        {
            throw new InvalidOperationException($"dialog '{dialog.Id}' is waiting at step '{step.Id}', which asks nothing");
        }

        question = WithEarlierAnswer(question, step, frame);
        var text = submitted ? SubmittedValues.For(question, context.Input.Value) : context.Input.Text;

        // A multi-select card sent with nothing ticked carries no value at all: that is "none".
        if (text is null && question.Kind == AnswerKind.Choices && cardId is not null && cardId == questionCardId)
        {
            text = "";
        }

        if (text is null)
        {
            return false;
        }

        var result = runtime.Answers.Interpret(question, text);
        if (!result.Accepted && step.Ignorable == true && !submitted)
        {
            runtime.Log.LogInformation("Dialog {DialogId} ended at ignorable step {StepId}: the reply was not an answer", dialog.Id, step.Id);
            context.State = DialogState.Empty;
            return false;
        }

        if (!result.Accepted)
        {
            Reject(context, dialog, frame, step, result.Problem!, canSkip: !question.Required);
            return true;
        }

        var answered = step.Kind == StepKind.PackPath ? PackPathSteps.ForgetLater(frame, step) : frame;
        context.ReplaceTop(answered.At(StepRunner.Next(dialog, frame)) with
        {
            Answers = AnswerStore.Set(answered.Answers, question.Path, result.Value),
            History = frame.History.Add(frame.Position),
        });
        if (result.Understood is not null)
        {
            context.Note(Messages.Understood(result.Understood));
        }

        await runner.AdvanceAsync(context);
        return true;
    }

    /// <summary>
    /// At a step answered with a form card: a submit of the card (or holding any of its inputs) is the
    /// whole answer; typing while the card is out switches to one question at a time. Null when the
    /// input is for the single question being asked (typed fallback, or its own choice card).
    /// </summary>
    private async Task<bool?> AnswerFormStepAsync(TurnContext context, LoadedDialog dialog, DialogFrame frame, StepDefinition step, string formCardId, bool forTheQuestion)
    {
        if (context.Input.Kind == TurnKind.CardSubmit && !forTheQuestion)
        {
            if (CardIds.Of(context.Input.Value) == formCardId || HoldsAnInput(context.Input.Value, FormSteps.Inputs(frame, step)))
            {
                await AnswerFormAsync(context, dialog, frame, step);
                return true;
            }

            return frame.Part is null ? false : null;
        }

        if (context.Input.Kind != TurnKind.CardSubmit && frame.Part is null)
        {
            context.ReplaceTop(frame.At(new StepPosition(frame.Step, 0)));
            context.Note(Messages.FormByText);
            PromptWriter.Ask(runtime, context);
            return true;
        }

        return null;
    }

    /// <summary>A dateTime step's question with the earlier answer it must come after (<c>after</c>), once that is answered.</summary>
    private static Question WithEarlierAnswer(Question question, StepDefinition step, DialogFrame frame) =>
        question.Kind == AnswerKind.DateTime
        && step.After is { } after
        && AnswerStore.Get(frame.Answers, after) is { ValueKind: JsonValueKind.String } earlier
        && DateTimeOffset.TryParse(earlier.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? question with { After = value }
            : question;

    private static bool HoldsAnInput(JsonElement? value, IReadOnlyList<FormInput> inputs) =>
        value is { ValueKind: JsonValueKind.Object } data && inputs.Any(i => data.TryGetProperty(i.Question.Key, out _));

    /// <summary>
    /// A press on a card of one of our dialogs asked earlier (the answer was already given, or the
    /// flow moved on): not used; the current question is asked again. Other cards are not ours.
    /// </summary>
    private bool AnswerFromEarlierCard(TurnContext context, string cardId)
    {
        var dialogId = cardId.Split('.')[0];
        if (runtime.Catalog.Find(dialogId) is null)
        {
            return false;
        }

        context.Note(Messages.EarlierCard);
        PromptWriter.Ask(runtime, context);
        return true;
    }

    /// <summary>Takes a whole form card: every input read and checked; all stored at once, or every problem listed.</summary>
    private async Task AnswerFormAsync(TurnContext context, LoadedDialog dialog, DialogFrame frame, StepDefinition step)
    {
        var data = context.Input.Value is { ValueKind: JsonValueKind.Object } value ? value : default;
        var answers = new JsonObject();
        var problems = new List<string>();
        foreach (var input in FormSteps.Inputs(frame, step))
        {
            var question = input.Question;
            var label = AnswerDisplay.Fill(runtime, dialog, frame, input.Label);
            if (data.ValueKind != JsonValueKind.Object || SubmittedValues.Field(data, question.Key) is not { } text)
            {
                if (question.Required)
                {
                    problems.Add(Messages.Needed(label));
                }

                continue;
            }

            var result = runtime.Answers.Interpret(question, text);
            if (result.Accepted)
            {
                answers[question.Key] = JsonSerializer.SerializeToNode(result.Value);
            }
            else
            {
                problems.Add($"{label}: {result.Problem}");
            }
        }

        if (problems.Count > 0)
        {
            Reject(context, dialog, frame, step, Messages.FormProblems(problems), canSkip: false);
            return;
        }

        context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)) with
        {
            Answers = frame.Answers.SetItem(step.Id, JsonSerializer.SerializeToElement(answers)),
            History = frame.History.Add(new StepPosition(frame.Step, null)),
        });
        await runner.AdvanceAsync(context);
    }

    private void Reject(TurnContext context, LoadedDialog dialog, DialogFrame frame, StepDefinition step, string problem, bool canSkip)
    {
        var attempts = frame.Attempts + 1;
        runtime.Log.LogDebug("Dialog {DialogId} step {StepId}: answer not accepted (attempt {Attempt})", dialog.Id, step.Id, attempts);
        if (attempts >= dialog.Definition.MaxAttempts)
        {
            context.ReplaceTop(frame with { Attempts = 0 });
            context.Say(problem + "\n\n" + Messages.WayOut(canSkip));
            return;
        }

        context.ReplaceTop(frame with { Attempts = attempts });
        context.Say(problem);
    }
}
