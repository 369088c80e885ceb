using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Moves the stack forward from the active frame's position until a question has been asked or
/// the root dialog has ended: runs branches, actions and child dialogs, fetches pack questions,
/// shows summaries, and hands a finished child's answers to its parent.
/// </summary>
internal sealed class StepRunner(DialogRuntime runtime)
{
    /// <summary>More steps than this without a question means the definition loops.</summary>
    private const int MaxStepsPerTurn = 500;

    public Task StartAsync(TurnContext context, LoadedDialog dialog)
    {
        context.Push(NewFrame(dialog));
        runtime.Log.LogInformation("Dialog {DialogId} started", dialog.Id);
        return AdvanceAsync(context);
    }

    public async Task AdvanceAsync(TurnContext context)
    {
        for (var guard = 0; context.State.IsActive; guard++)
        {
            if (guard > MaxStepsPerTurn)
            {
                throw new InvalidOperationException($"dialog '{context.Top.DialogId}' ran {MaxStepsPerTurn} steps without asking anything (a branch loop?)");
            }

            var frame = context.Top;
            var dialog = runtime.Catalog.Get(frame.DialogId);
            if (frame.Step >= dialog.Definition.Steps.Count)
            {
                Complete(context, dialog, summaryShown: false);
                continue;
            }

            var step = dialog.Definition.Steps[frame.Step];
            switch (step.Kind)
            {
                case StepKind.Branch:
                    var holds = ConditionEvaluator.Evaluate(step.If!, path => AnswerStore.Get(frame.Answers, path));
                    context.ReplaceTop(frame.At(new StepPosition(Target(dialog, frame, holds ? step.Goto : step.Else), null)));
                    break;
                case StepKind.Action:
                    await RunActionAsync(context, dialog, frame, step);
                    break;
                case StepKind.BeginDialog:
                    context.Push(NewFrame(runtime.Catalog.Get(step.Dialog!)));
                    break;
                case StepKind.Summary:
                    SummaryWriter.Write(runtime, context, dialog, frame, step);
                    Complete(context, dialog, summaryShown: true);
                    break;
                case StepKind.PackQuestions:
                    if (await AskPackQuestionAsync(context, frame, step))
                    {
                        return;
                    }

                    break;
                case StepKind.PackPath:
                    if (await PackPathSteps.AskNextAsync(runtime, context, frame, step))
                    {
                        return;
                    }

                    break;
                case StepKind.Choice when step.OptionsFrom is not null:
                    if (await AskListChoiceAsync(context, frame, step))
                    {
                        return;
                    }

                    break;
                case StepKind.Message:
                    context.Note(AnswerDisplay.Fill(runtime, dialog, frame, step.Text));
                    context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)));
                    break;
                default:
                    PromptWriter.Ask(runtime, context);
                    return;
            }
        }
    }

    /// <summary>The position after the current one: the next field or pack question, else the next step.</summary>
    public static StepPosition Next(LoadedDialog dialog, DialogFrame frame)
    {
        var step = dialog.Definition.Steps[frame.Step];
        if (step.Kind == StepKind.PackPath)
        {
            return new StepPosition(frame.Step, (frame.Part ?? 0) + 1);
        }

        var parts = step.Kind switch
        {
            StepKind.Form => step.Fields!.Count,
            StepKind.PackQuestions => frame.PackQuestions.TryGetValue(step.Id, out var questions) ? questions.Count : 0,
            _ => 0,
        };
        return frame.Part is { } part && part + 1 < parts ? new StepPosition(frame.Step, part + 1) : new StepPosition(frame.Step + 1, null);
    }

    private static int Target(LoadedDialog dialog, DialogFrame frame, string? target) => target switch
    {
        null => frame.Step + 1,
        DefinitionValidator.EndTarget => dialog.Definition.Steps.Count,
        _ => dialog.IndexOf(target),
    };

    /// <summary>
    /// Fetches the step's pack questions once per run (group by group, in the order listed; a question
    /// in two groups is asked once), then asks them: the form card, or the first question. False when
    /// the pack has none, and the step is passed.
    /// </summary>
    private async Task<bool> AskPackQuestionAsync(TurnContext context, DialogFrame frame, StepDefinition step)
    {
        if (!frame.PackQuestions.ContainsKey(step.Id))
        {
            var questions = new List<PackQuestion>();
            foreach (var group in step.PackGroups)
            {
                var request = new PackQuestionRequest(group, context.Input.From, context.Input.Conversation, AnswerStore.ToElement(frame.Answers));
                questions.AddRange(await runtime.PackQuestions.GetQuestionsAsync(request, context.Cancellation));
            }

            frame = frame with { PackQuestions = frame.PackQuestions.SetItem(step.Id, [.. questions.DistinctBy(q => q.Id)]) };
        }

        if (frame.PackQuestions[step.Id].Count == 0)
        {
            context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)));
            return false;
        }

        context.ReplaceTop(FormSteps.ShowsCard(step) ? frame : frame with { Part = frame.Part ?? 0 });
        PromptWriter.Ask(runtime, context);
        return true;
    }

    /// <summary>
    /// A choice whose options come from a named list (<c>optionsFrom</c>): fetched once per run and kept
    /// with the frame, then asked. False when the list is empty, and the step is passed unanswered.
    /// </summary>
    private async Task<bool> AskListChoiceAsync(TurnContext context, DialogFrame frame, StepDefinition step)
    {
        if (!frame.Options.ContainsKey(step.Id))
        {
            var request = new OptionListRequest(step.OptionsFrom!, context.Input.From, context.Input.Conversation, AnswerStore.ToElement(frame.Answers));
            var options = await runtime.OptionLists.GetOptionsAsync(request, context.Cancellation);
            frame = frame with { Options = frame.Options.SetItem(step.Id, [.. options.DistinctBy(o => o.Value)]) };
            context.ReplaceTop(frame);
        }

        if (frame.Options[step.Id].Count == 0)
        {
            context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)));
            return false;
        }

        PromptWriter.Ask(runtime, context);
        return true;
    }

    /// <summary>Runs the step's action; an action that is not registered ends the whole stack with an apology.</summary>
    private async Task RunActionAsync(TurnContext context, LoadedDialog dialog, DialogFrame frame, StepDefinition step)
    {
        var action = runtime.Actions.Find(step.Action!);
        if (action is null)
        {
            runtime.Log.LogError("Dialog {DialogId} step {StepId} calls action {Action}, which is not registered", dialog.Id, step.Id, step.Action);
            var root = runtime.Catalog.Get(context.State.Stack[0].DialogId);
            context.State = DialogState.Empty;
            context.Say(Messages.ActionUnavailable(root.Definition));
            return;
        }

        var actionContext = new DialogActionContext(dialog.Id, step.Id, frame.InstanceId, context.Input, AnswerStore.ToElement(frame.Answers), step.Arguments, runtime.Clock.Now);
        var result = await action.RunAsync(actionContext, context.Cancellation);
        context.Add(result.Replies);
        var answers = result.Output is { } output ? frame.Answers.SetItem(step.Id, output) : frame.Answers;
        context.ReplaceTop(frame.At(new StepPosition(frame.Step + 1, null)) with { Answers = answers });
    }

    /// <summary>Ends the active dialog; a child's answers go to its parent's beginDialog step, and the parent moves on.</summary>
    private void Complete(TurnContext context, LoadedDialog dialog, bool summaryShown)
    {
        var finished = context.Pop();
        runtime.Log.LogInformation("Dialog {DialogId} completed", dialog.Id);
        if (!context.State.IsActive)
        {
            if (!summaryShown)
            {
                context.Say(dialog.Definition.Completion ?? Messages.Completed(dialog.Definition));
            }

            return;
        }

        var parent = context.Top;
        var parentStep = runtime.Catalog.Get(parent.DialogId).Definition.Steps[parent.Step];
        context.ReplaceTop(parent.At(new StepPosition(parent.Step + 1, null)) with
        {
            Answers = parent.Answers.SetItem(parentStep.Id, AnswerStore.ToElement(finished.Answers)),
            History = parent.History.Add(parent.Position),
        });
    }

    private static DialogFrame NewFrame(LoadedDialog dialog) => new()
    {
        DialogId = dialog.Id,
        Version = dialog.Version,
        InstanceId = Guid.NewGuid().ToString("N"),
    };
}
