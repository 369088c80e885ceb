using System.Text.Json;
using EngagementBot.Dialogs.Engine;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Alerts;
using EngagementBot.Host.Flows.LoneWorker;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Emergency;

/// <summary>
/// Asked before the dialog engine (which would take "cancel" as leaving a dialog), it claims a turn
/// only when it is about the sender's own SOS:
/// <list type="bullet">
/// <item>"cancel" (typed, or the Cancel button of the arming card) while their SOS is arming: cancelled,
/// nobody told — "Alarm cancelled — nobody was alerted.";</item>
/// <item>the duress word typed instead: the very same reply, while everyone on the ladder is told
/// silently; the worker's chat never hears of it;</item>
/// <item>"cancel" once the alert has gone: too late, who has it, and to tell their manager they are
/// safe.</item>
/// <item>the duress word with no SOS of theirs in progress: a silent duress alarm to everyone at once
/// (<see cref="SosAlarm.RaiseDuressAsync"/>), and the turn is answered by the dialogs exactly as
/// "cancel" would be (stopping a dialog in progress, or saying there is nothing to cancel).</item>
/// </list>
/// A typed message costs one indexed query, and only when it is a cancel word or the duress word.
/// A silent alert is invisible here: after duress every later "cancel" behaves as after a real cancel.
/// </summary>
public sealed class SosCancelResponder(IAlertStore alerts, SosAlarm alarm, DialogEngine dialogs, IOptions<LoneWorkerOptions> options) : ITurnResponder
{
    private const string CancelWord = "cancel";

    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var worker = input.From.AadObjectId?.Trim();
        if (string.IsNullOrEmpty(worker))
        {
            return null;
        }

        return input.Kind switch
        {
            TurnKind.Message => await TypedAsync(input, worker, cancellationToken),
            TurnKind.CardSubmit when CancelPressOf(input.Value) is { } alertId => await PressedAsync(alertId, worker, cancellationToken),
            _ => null,
        };
    }

    private async Task<TurnOutcome?> TypedAsync(TurnInput input, string worker, CancellationToken cancellationToken)
    {
        var duress = IsDuressWord(input.Text);
        if (!duress && GlobalCommands.FromText(input.Text) != GlobalCommand.Cancel)
        {
            return null;
        }

        var open = (await alerts.OpenForWorkerAsync(worker, cancellationToken)).Where(alert => !alert.Silent).ToList();
        var sos = open.FirstOrDefault(alert => alert.State == AlertState.Arming)
            ?? open.FirstOrDefault(alert => alert.State == AlertState.Raised && alert.Kind == AlertKind.Sos);
        if (sos is not null)
        {
            return await StopAsync(sos, duress, cancellationToken);
        }

        if (!duress)
        {
            return null;
        }

        // Whoever may be watching must see what a plain "cancel" shows.
        await alarm.RaiseDuressAsync(input, cancellationToken);
        return await dialogs.RespondAsync(input with { Text = CancelWord }, cancellationToken);
    }

    private async Task<TurnOutcome?> PressedAsync(Guid alertId, string worker, CancellationToken cancellationToken)
    {
        var alert = await alerts.FindAsync(alertId, cancellationToken);
        if (alert is null || !string.Equals(alert.Worker.AadObjectId, worker, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return alert.Silent || alert.State == AlertState.Cancelled
            ? Say(AlertTexts.Cancelled)
            : await StopAsync(alert, duress: false, cancellationToken);
    }

    // The duress path must answer exactly as a real cancel would in the same moment.
    private async Task<TurnOutcome> StopAsync(SafetyAlert alert, bool duress, CancellationToken cancellationToken)
    {
        if (duress)
        {
            await alarm.DuressAsync(alert, cancellationToken);
            var after = await alerts.FindAsync(alert.Id, cancellationToken) ?? alert;
            return after.Silent ? Say(AlertTexts.Cancelled) : TooLate(after);
        }

        if (alert.State == AlertState.Arming && await alarm.CancelAsync(alert, cancellationToken))
        {
            return Say(AlertTexts.Cancelled);
        }

        var current = alert.State == AlertState.Arming ? await alerts.FindAsync(alert.Id, cancellationToken) ?? alert : alert;
        return current.State == AlertState.Cancelled ? Say(AlertTexts.Cancelled) : TooLate(current);
    }

    private static TurnOutcome TooLate(SafetyAlert alert) =>
        Say(alert.State == AlertState.Handled ? AlertTexts.TooLateHandled(AlertTexts.HandlerName(alert)) : AlertTexts.TooLateRaised(AlertTexts.Everyone(alert)));

    private bool IsDuressWord(string? text)
    {
        var word = TextNormalizer.ForMatching(options.Value.DuressWord);
        if (word.Length == 0)
        {
            return false;
        }

        var said = TextNormalizer.ForMatching(text);
        return said.Length > 0 && $" {said} ".Contains($" {word} ", StringComparison.Ordinal);
    }

    private static Guid? CancelPressOf(JsonElement? value) =>
        GlobalCommands.FromCommand(GlobalCommands.CommandOf(value)) == GlobalCommand.Cancel
        && value is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("alertId", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var alertId)
            ? alertId
            : null;

    private static TurnOutcome Say(string text) => TurnOutcome.Reply(BotReply.FromText(text));
}
