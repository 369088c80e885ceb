using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Dialogs.State;
using EngagementBot.Domain.Turns;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Decides what a turn means for the dialogs, in this order (SOS is handled before, by the engine):
/// <list type="number">
/// <item>a stored dialog whose definition has changed is dropped, with a plain explanation and an offer to start again;</item>
/// <item>a pending "start …? (yes / no)" is answered;</item>
/// <item>cancel, help, back, skip;</item>
/// <item>a trigger (typed utterance or card command) starts its dialog — or, while a dialog is
/// active, asks first whether to drop it (typed text that happens to match a trigger is never
/// taken silently as a switch, and answers are never dropped without a yes);</item>
/// <item>otherwise, the input answers the pending question.</item>
/// </list>
/// Returns false when the turn is not for the dialogs (no dialog active and no trigger matched,
/// or a card submit that holds nothing for the pending question).
/// </summary>
internal sealed class TurnRouter(DialogRuntime runtime, StepRunner runner, AnswerHandler answers, Navigator navigator)
{
    public async Task<bool> RouteAsync(TurnContext context, GlobalCommand command)
    {
        var trigger = context.Input.Kind == TurnKind.CardSubmit
            ? runtime.Catalog.FindByCommand(GlobalCommands.CommandOf(context.Input.Value))
            : runtime.Catalog.FindByUtterance(context.Input.Text);

        if (DropIfOutdated(context) is { } outdated)
        {
            var root = runtime.Catalog.Find(outdated.DialogId);
            if (trigger is not null)
            {
                context.Note(Messages.UpdatedStartingAfresh(root?.Definition));
                await runner.StartAsync(context, trigger);
            }
            else
            {
                context.State = root is null ? DialogState.Empty : DialogState.Empty with { Pending = new PendingStart(root.Id) };
                context.Say(Messages.Updated(root?.Definition));
            }

            return true;
        }

        if (context.State.Pending is { } pending)
        {
            context.State = context.State with { Pending = null };
            if (command == GlobalCommand.None && trigger is null && context.Input.Kind == TurnKind.Message)
            {
                switch (YesNoParser.Parse(context.Input.Text))
                {
                    case true:
                        context.State = DialogState.Empty;
                        await runner.StartAsync(context, runtime.Catalog.Get(pending.DialogId));
                        return true;
                    case false when context.State.IsActive:
                        context.Note(Messages.CarryOn);
                        await runner.AdvanceAsync(context);
                        return true;
                    case false:
                        context.Say(Messages.NotNow);
                        return true;
                }
            }
        }

        var active = context.State.IsActive;
        switch (command)
        {
            case GlobalCommand.Cancel when active:
                navigator.Cancel(context);
                return true;
            case GlobalCommand.Cancel:
                context.Say(Messages.NothingToCancel);
                return true;
            case GlobalCommand.Help when active:
                navigator.Help(context);
                return true;
            case GlobalCommand.Back when active:
                await navigator.BackAsync(context);
                return true;
            case GlobalCommand.Skip when active:
                await navigator.SkipAsync(context);
                return true;
            case GlobalCommand.Help or GlobalCommand.Back or GlobalCommand.Skip:
                return false;
        }

        if (trigger is not null)
        {
            if (!active)
            {
                await runner.StartAsync(context, trigger);
                return true;
            }

            var current = runtime.Catalog.Get(context.State.Stack[0].DialogId);
            context.State = context.State with { Pending = new PendingStart(trigger.Id) };
            context.Say(Messages.OfferSwitch(current.Definition, trigger.Definition));
            return true;
        }

        return active && await answers.HandleAsync(context);
    }

    /// <summary>The id of the step a frame is at, if that dialog is still loaded.</summary>
    public string? StepIdOf(DialogFrame frame) =>
        runtime.Catalog.Find(frame.DialogId) is { } dialog && frame.Step < dialog.Definition.Steps.Count ? dialog.Definition.Steps[frame.Step].Id : null;

    /// <summary>
    /// A stored stack naming a dialog that is gone or whose definition changed (different version)
    /// is cleared rather than resumed at a step that may now mean something else. Returns the
    /// cleared root frame. An offer to start a dialog that no longer exists is dropped quietly.
    /// </summary>
    private DialogFrame? DropIfOutdated(TurnContext context)
    {
        if (context.State.Pending is { } pending && runtime.Catalog.Find(pending.DialogId) is null)
        {
            context.State = context.State with { Pending = null };
        }

        var outdated = context.State.Stack.FirstOrDefault(f => runtime.Catalog.Find(f.DialogId)?.Version != f.Version);
        if (outdated is null)
        {
            return null;
        }

        runtime.Log.LogWarning("Stored dialog {DialogId} no longer matches its definition; cleared", outdated.DialogId);
        var root = context.State.Stack[0];
        context.State = DialogState.Empty;
        return root;
    }
}
