using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.State;
using EngagementBot.Domain.Turns;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Takes the user's answer to the pending question (typed, or from a card), stores it under its
/// path and moves on; or says kindly what is expected, and after too many tries offers a way out.
/// A form takes its whole card at once; typing instead switches it to one question per field.
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
        if (submitted && CardIds.Of(context.Input.Value) is { } cardId && cardId != ExpectedCardId(dialog, frame, step))
        {
            return AnswerFromEarlierCard(context, cardId);
        }

        if (step.Kind == StepKind.Form)
        {
            if (submitted)
            {
                return await AnswerFormAsync(context, dialog, frame, step);
            }

            if (frame.Part is null)
            {
                context.ReplaceTop(frame.At(new StepPosition(frame.Step, 0)));
                context.Note(Messages.FormByText);
                PromptWriter.Ask(runtime, context);
                return true;
            }
        }

        var question = QuestionResolver.At(dialog, frame, frame.Position)
            ?? throw new InvalidOperationException($"dialog '{dialog.Id}' is waiting at step '{step.Id}', which asks nothing");
        var text = submitted ? SubmittedValues.For(question, context.Input.Value) : context.Input.Text;
        if (text is null)
        {
            return false;
        }

        var result = runtime.Answers.Interpret(question, text);
        if (!result.Accepted)
        {
            Reject(context, dialog, frame, step, result.Problem!, canSkip: !question.Required);
            return true;
        }

        context.ReplaceTop(frame.At(StepRunner.Next(dialog, frame)) with
        {
            Answers = AnswerStore.Set(frame.Answers, question.Path, result.Value),
            History = frame.History.Add(frame.Position),
        });
        if (result.Understood is not null)
        {
            context.Note(Messages.Understood(result.Understood));
        }

        await runner.AdvanceAsync(context);
        return true;
    }

    private static string ExpectedCardId(LoadedDialog dialog, DialogFrame frame, StepDefinition step) =>
        CardIds.For(dialog, step.Kind == StepKind.Form ? step.Id : QuestionResolver.PathAt(dialog, frame, frame.Position));

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

    private async Task<bool> AnswerFormAsync(TurnContext context, LoadedDialog dialog, DialogFrame frame, StepDefinition step)
    {
        if (context.Input.Value is not { ValueKind: JsonValueKind.Object } data || !step.Fields!.Any(f => data.TryGetProperty(f.Id, out _)))
        {
            return false;
        }

        var answers = new JsonObject();
        var problems = new List<string>();
        foreach (var field in step.Fields!)
        {
            var question = QuestionResolver.FromField(step, field);
            if (SubmittedValues.Field(data, field.Id) is not { } text)
            {
                if (question.Required)
                {
                    problems.Add(Messages.Needed(field.Label));
                }

                continue;
            }

            var result = runtime.Answers.Interpret(question, text);
            if (result.Accepted)
            {
                answers[field.Id] = JsonSerializer.SerializeToNode(result.Value);
            }
            else
            {
                problems.Add($"{field.Label}: {result.Problem}");
            }
        }

        if (problems.Count > 0)
        {
            Reject(context, dialog, frame, step, Messages.FormProblems(problems), canSkip: false);
            return true;
        }

        context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)) with
        {
            Answers = frame.Answers.SetItem(step.Id, JsonSerializer.SerializeToElement(answers)),
            History = frame.History.Add(new StepPosition(frame.Step, null)),
        });
        await runner.AdvanceAsync(context);
        return true;
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
