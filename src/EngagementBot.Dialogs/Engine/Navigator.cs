using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.State;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Dialogs.Engine;

/// <summary>The global commands that move around a dialog: cancel, help, back and skip.</summary>
internal sealed class Navigator(DialogRuntime runtime, StepRunner runner)
{
    /// <summary>Ends every dialog on the stack and says so kindly.</summary>
    public void Cancel(TurnContext context)
    {
        var root = runtime.Catalog.Get(context.State.Stack[0].DialogId);
        var top = context.Top;
        runtime.Log.LogInformation("Dialog {DialogId} cancelled at step {StepId}", top.DialogId, StepId(top));
        context.State = DialogState.Empty;
        context.Say(Messages.Cancelled(root.Definition));
    }

    /// <summary>Explains the pending question and how to answer it; stays on it.</summary>
    public void Help(TurnContext context)
    {
        var frame = context.Top;
        var dialog = runtime.Catalog.Get(frame.DialogId);
        var step = dialog.Definition.Steps[frame.Step];
        if (FormSteps.ShowsCard(step) && frame.Part is null)
        {
            var canSkip = FormSteps.AllOptional(frame, step);
            context.Say(Messages.Help(step.Help, Messages.FormHelp(FormSteps.SubmitTitle(step)), canSkip, AnswerDisplay.Fill(runtime, dialog, frame, FormSteps.Title(step))));
            return;
        }

        var question = QuestionResolver.At(dialog, frame, frame.Position)!;
        var howTo = runtime.Answers.HowToAnswer(question) + (question.OfferCard ? " Or fill in the card." : "");
        context.Say(Messages.Help(question.Help, howTo, !question.Required, AnswerDisplay.Fill(runtime, dialog, frame, question.Text)));
    }

    /// <summary>
    /// Goes back to the previous question and clears its answer. From a child dialog's first
    /// question, leaves the child and goes back in the parent.
    /// </summary>
    public async Task BackAsync(TurnContext context)
    {
        while (context.Top.History.IsEmpty && context.State.Stack.Count > 1)
        {
            context.Pop();
        }

        var frame = context.Top;
        if (frame.History.IsEmpty)
        {
            context.Note(Messages.AtFirstQuestion);
            await runner.AdvanceAsync(context);
            return;
        }

        var dialog = runtime.Catalog.Get(frame.DialogId);
        var previous = frame.History[^1];
        context.ReplaceTop(frame.At(previous) with
        {
            Answers = AnswerStore.Remove(frame.Answers, QuestionResolver.PathAt(dialog, frame, previous)),
            History = frame.History.RemoveAt(frame.History.Count - 1),
        });
        context.Note(Messages.GoingBack);
        await runner.AdvanceAsync(context);
    }

    /// <summary>Leaves an optional question blank and moves on; a required one says it is needed.</summary>
    public async Task SkipAsync(TurnContext context)
    {
        var frame = context.Top;
        var dialog = runtime.Catalog.Get(frame.DialogId);
        var step = dialog.Definition.Steps[frame.Step];
        bool optional;
        string howTo;
        StepPosition next;
        if (FormSteps.ShowsCard(step) && frame.Part is null)
        {
            optional = FormSteps.AllOptional(frame, step);
            howTo = Messages.FormHelp(FormSteps.SubmitTitle(step));
            next = new StepPosition(frame.Step + 1, null);
        }
        else
        {
            var question = QuestionResolver.At(dialog, frame, frame.Position)!;
            optional = !question.Required;
            howTo = runtime.Answers.HowToAnswer(question);
            next = StepRunner.Next(dialog, frame);
        }

        if (!optional)
        {
            context.Say(Messages.CannotSkip(howTo));
            return;
        }

        context.ReplaceTop(frame.At(next) with { History = frame.History.Add(frame.Position) });
        context.Note(Messages.Skipped);
        await runner.AdvanceAsync(context);
    }

    private string StepId(DialogFrame frame)
    {
        var steps = runtime.Catalog.Get(frame.DialogId).Definition.Steps;
        return frame.Step < steps.Count ? steps[frame.Step].Id : "(end)";
    }
}
