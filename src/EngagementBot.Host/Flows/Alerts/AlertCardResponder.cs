using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Turns;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Answers presses on the alert cards (verbs <c>alert-handle</c> — with an incident's decisions and
/// note — and <c>alert-refresh</c>): as
/// Action.Execute invokes (the answer is the updated card in the same HTTP response) or as the
/// Action.Submit fallback of older clients (a chat message; the cards are updated through the outbox).
/// Whoever pressed is <see cref="TurnInput.From"/>. The details about the worker are shown only to a
/// person the alert was sent to or who took it on; in a channel, and to anyone else, the card is the
/// channel view without personal data.
/// </summary>
public sealed class AlertCardResponder(IAlertStore alerts, AlertHandling handling, AlertCards cards) : ITurnResponder
{
    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Kind is not (TurnKind.CardAction or TurnKind.CardSubmit) || AlertCardCommand.Read(input) is not { } command)
        {
            return null;
        }

        var viewer = input.From.AadObjectId;
        var channel = input.Conversation.Kind == ConversationKind.Channel ? input.Conversation.TeamsChannelId : null;
        if (command.Verb == AlertCardCommand.Refresh)
        {
            var current = await alerts.FindAsync(command.AlertId, cancellationToken);
            return current is null || current.State is AlertState.Arming or AlertState.Cancelled
                ? CardPressAnswers.Message(input, AlertTexts.Gone)
                : CardPressAnswers.Card(input, await RenderAsync(current, viewer, channel, notice: null, cancellationToken), AlertTexts.Gone);
        }

        var press = new AlertPress(viewer, input.From.Name, channel, input.Conversation.Key, command.Decisions, command.Note);
        var result = await handling.HandleAsync(command.AlertId, press, cancellationToken);
        var notice = result.Outcome switch
        {
            AlertHandleOutcome.Taken when channel is not null => "Thank you — it's yours. I've sent you the details in your chat with me.",
            AlertHandleOutcome.Taken => AlertTexts.YouHandle(result.Alert!),
            AlertHandleOutcome.AlreadyHandled => AlertTexts.AlreadyHandled(result.Alert!),
            AlertHandleOutcome.NotAllowed => AlertTexts.NotYoursFor(result.Alert!),
            _ => AlertTexts.Gone,
        };
        return result.Outcome == AlertHandleOutcome.Gone || input.Kind == TurnKind.CardSubmit
            ? CardPressAnswers.Message(input, notice)
            : CardPressAnswers.Card(input, await RenderAsync(result.Alert!, viewer, channel, notice, cancellationToken), AlertTexts.Gone);
    }

    private Task<string> RenderAsync(SafetyAlert alert, string? viewer, string? channel, string? notice, CancellationToken cancellationToken) =>
        channel is null && MaySeeDetails(alert, viewer)
            ? cards.RenderForPersonAsync(alert, viewer, notice, cancellationToken)
            : Task.FromResult(cards.RenderForChannel(alert, notice));

    private static bool MaySeeDetails(SafetyAlert alert, string? viewer) =>
        !string.IsNullOrWhiteSpace(viewer)
        && (string.Equals(alert.HandledBy, viewer.Trim(), StringComparison.OrdinalIgnoreCase)
            || alert.ToldTargets.Any(t => t.Kind == AlertTargetKind.Person && string.Equals(t.Id, viewer.Trim(), StringComparison.OrdinalIgnoreCase)));

}
