using System.Text.RegularExpressions;
using EngagementBot.Dialogs.Answers;
using EngagementBot.Dialogs.Answers.Kinds;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Dialogs.State;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Runs dialog definitions as a turn responder. Each user in each conversation has a persisted
/// dialog stack (JSON in <see cref="IDialogStateStore"/>, key <c>{conversation key}|{user id}</c>),
/// so a restart continues at the same question. SOS is handled first, always, without touching the
/// stack — typed, from an Action.Submit, or from an Action.Execute press (the only invoke it answers). A lost optimistic-concurrency race reloads and retries the turn once.
/// Returns null for turns that are not for the dialogs, so the next responder (the menu) can answer.
/// </summary>
public sealed class DialogEngine : ITurnResponder
{
    private readonly IDialogStateStore _store;
    private readonly IEmergencyHandler _emergency;
    private readonly TimeProvider _time;
    private readonly ILogger<DialogEngine> _log;
    private readonly TurnRouter _router;

    public DialogEngine(
        DialogCatalog catalog,
        IDialogStateStore store,
        ICardRenderer cards,
        IPackQuestionSource packQuestions,
        IOptionListSource optionLists,
        IEmergencyHandler emergency,
        IEnumerable<IDialogAction> actions,
        IOptions<DialogOptions> options,
        TimeProvider time,
        ILogger<DialogEngine> log,
        IPackPathSource? packPaths = null)
    {
        _store = store;
        _emergency = emergency;
        _time = time;
        _log = log;
        var settings = options.Value;
        var clock = new ZonedClock(time, ZonedClock.FindZone(settings.TimeZone));
        var parser = new DateTimeParser(clock);
        var answers = new AnswerInterpreter(
        [
            new TextAnswer(), new YesNoAnswer(), new ChoiceAnswer(), new MultiChoiceAnswer(), new NumberAnswer(),
            new DateTimeAnswer(parser), new DateAnswer(parser), new TimeAnswer(),
            new CaseReferenceAnswer(new Regex(settings.CaseReferencePattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), settings.CaseReferenceExample),
            new PhoneNumberAnswer(),
        ]);
        var runtime = new DialogRuntime(catalog, answers, cards, packQuestions, optionLists, packPaths ?? NoPackPaths.Instance, new DialogActionRegistry(actions), clock, log);
        var runner = new StepRunner(runtime);
        _router = new TurnRouter(runtime, runner, new AnswerHandler(runtime, runner), new Navigator(runtime, runner));
    }

    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Kind is not (TurnKind.Message or TurnKind.CardSubmit or TurnKind.CardAction))
        {
            return null;
        }

        var command = GlobalCommands.Recognize(input);
        var key = StateKey(input);
        if (command == GlobalCommand.Sos)
        {
            return await RaiseAlarmAsync(input, key, cancellationToken);
        }

        if (input.Kind == TurnKind.CardAction)
        {
            return null;
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var stored = await _store.GetAsync(key, cancellationToken);
            var state = stored is null ? DialogState.Empty : DialogStateSerializer.TryDeserialize(stored.Json);
            var context = new TurnContext(input, state ?? DialogState.Empty, cancellationToken);
            if (state is null)
            {
                _log.LogWarning("Stored dialog state could not be read; cleared");
                context.Note(Messages.LostTrack);
            }

            var handled = await _router.RouteAsync(context, command) || state is null;
            if (await SaveAsync(key, stored, context.State, cancellationToken))
            {
                return handled ? new TurnOutcome(context.Replies) : null;
            }

            _log.LogWarning("Dialog state changed by a concurrent turn (attempt {Attempt}); reloading", attempt + 1);
        }

        return TurnOutcome.Reply(BotReply.FromText(Messages.Busy));
    }

    /// <summary>The dialog state key of a user in a conversation.</summary>
    public static string StateKey(TurnInput input) => $"{input.Conversation.Key}|{input.From.Id}";

    private async Task<bool> SaveAsync(string key, StoredState? stored, DialogState state, CancellationToken cancellationToken)
    {
        if (stored is null && !state.IsActive && state.Pending is null)
        {
            return true;
        }

        var json = DialogStateSerializer.Serialize(state);
        return json == stored?.Json || await _store.SaveAsync(key, json, stored?.Version ?? 0, _time.GetUtcNow(), cancellationToken) is not null;
    }

    /// <summary>Calls the emergency handler at once; the stored dialog is only read (to say where the user was), never changed.</summary>
    private async Task<TurnOutcome> RaiseAlarmAsync(TurnInput input, string key, CancellationToken cancellationToken)
    {
        string? dialogId = null, stepId = null;
        try
        {
            var stored = await _store.GetAsync(key, cancellationToken);
            if (stored is not null && DialogStateSerializer.TryDeserialize(stored.Json)?.Top is { } top)
            {
                dialogId = top.DialogId;
                stepId = _router.StepIdOf(top);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _log.LogWarning(ex, "Dialog state could not be read while raising an alarm; raising it without");
        }

        _log.LogInformation("Alarm raised from dialog {DialogId} step {StepId}", dialogId ?? "(none)", stepId ?? "(none)");
        var replies = await _emergency.HandleAsync(new EmergencyRequest(input, dialogId, stepId), cancellationToken);
        if (input.Kind != TurnKind.CardAction)
        {
            return new TurnOutcome(replies);
        }

        // An Action.Execute press: the card pressed stays as it was (a session card must not be replaced),
        // the replies go into the chat, and the press is answered with a short message Teams shows at once.
        var banner = replies.Select(r => r.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? Messages.AlarmRaised;
        return new TurnOutcome(replies, CardActionResult.Info(banner));
    }
}
