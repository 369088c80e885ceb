using EngagementBot.Domain.Turns;

namespace EngagementBot.Dialogs.Ports;

/// <summary>
/// Answers "I need help" / "SOS" / "help me" / a card command <c>{"command":"sos"}</c>. The engine
/// calls it first, before anything else and whatever dialog is active; the dialog is left exactly
/// where it was so the user can carry on afterwards.
/// </summary>
public interface IEmergencyHandler
{
    Task<IReadOnlyList<BotReply>> HandleAsync(EmergencyRequest request, CancellationToken cancellationToken);
}

/// <summary>The turn that raised the alarm, and which dialog and step were active (ids only), if any.</summary>
public sealed record EmergencyRequest(TurnInput Turn, string? ActiveDialogId, string? ActiveStepId);
