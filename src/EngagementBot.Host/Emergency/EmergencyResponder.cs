using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Emergency;

/// <summary>
/// "I need help" / SOS from anywhere. Until the lone-worker alarm ladder exists it must not
/// pretend that anyone has been alerted: it says plainly to call 999 and the manager or duty
/// team now, and keeps the user's place in whatever they were doing.
/// </summary>
public sealed partial class EmergencyResponder(ILogger<EmergencyResponder> logger) : IEmergencyHandler
{
    public const string Advice =
        "If you are in danger now, call 999. Get yourself somewhere safe first — leave the house if you can.";

    public const string NoLadderYet =
        "I can't alert anyone automatically yet in this version, so please phone your manager or the duty team now and tell them where you are.";

    public Task<IReadOnlyList<BotReply>> HandleAsync(EmergencyRequest request, CancellationToken cancellationToken)
    {
        LogSos(request.ActiveDialogId);
        var resume = request.ActiveDialogId is null
            ? "When you are safe, type \"help\" to see what I can do."
            : "When you are safe, you can carry on where you left off — just answer the last question again.";
        IReadOnlyList<BotReply> replies =
        [
            BotReply.FromText(Advice),
            BotReply.FromText(NoLadderYet),
            BotReply.FromText(resume),
        ];
        return Task.FromResult(replies);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "SOS raised (active dialog {DialogId})")]
    private partial void LogSos(string? dialogId);
}
