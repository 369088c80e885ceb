using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Alerts;

namespace EngagementBot.Host.Emergency;

/// <summary>
/// "I need help" / SOS from anywhere (the dialog engine calls it first, at any step). Answers at once
/// with the 999 advice and arms the alarm: a card "Sending an alert to … in 5 seconds — Cancel", after
/// which the whole ladder is told (<see cref="SosAlarm"/>). When nobody can be told it does not
/// pretend: it says plainly to phone. The user's place in whatever they were doing is kept.
/// </summary>
public sealed partial class EmergencyResponder(SosAlarm alarm, AlertCards cards, ILogger<EmergencyResponder> logger) : IEmergencyHandler
{
    public const string Advice = AlertTexts.Advice;

    public const string NobodyToAlert = AlertTexts.NobodyToAlert;

    public async Task<IReadOnlyList<BotReply>> HandleAsync(EmergencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        LogSos(request.ActiveDialogId);
        var result = await alarm.ArmAsync(request.Turn, cancellationToken);
        var replies = new List<BotReply> { BotReply.FromText(Advice) };
        var who = result.Alert is { } alert ? AlertTexts.Everyone(alert) : null;
        replies.Add(result.Outcome switch
        {
            SosArmOutcome.Armed => BotReply.FromCard(cards.RenderArming(result.Alert!, alarm.Window)),
            SosArmOutcome.Raised => BotReply.FromText(AlertTexts.Fired(who!)),
            SosArmOutcome.AlreadyArming => BotReply.FromText(AlertTexts.AlreadyArming(who!)),
            SosArmOutcome.AlreadyRaised => BotReply.FromText(AlertTexts.AlreadyRaised(who!)),
            _ => BotReply.FromText(NobodyToAlert),
        });
        if (request.ActiveDialogId is not null || result.Outcome == SosArmOutcome.NobodyToTell)
        {
            replies.Add(BotReply.FromText(request.ActiveDialogId is null
                ? "When you are safe, type \"help\" to see what I can do."
                : "When you are safe, you can carry on where you left off — just answer the last question again."));
        }

        return replies;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "SOS raised (active dialog {DialogId})")]
    private partial void LogSos(string? dialogId);
}
