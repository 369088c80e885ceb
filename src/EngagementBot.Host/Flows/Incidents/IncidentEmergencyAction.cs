using System.Text.Json;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// The dialog action <c>incident-emergency</c>: someone reporting an incident said they are not safe, so the
/// same emergency handler as "I need help" runs (999 advice, and the lone-worker SOS ladder once that is
/// registered) before anything else is asked. Output: <c>{"raised": true}</c>.
/// </summary>
public sealed class IncidentEmergencyAction(IEmergencyHandler emergency) : IDialogAction
{
    public const string ActionName = "incident-emergency";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var replies = await emergency.HandleAsync(new EmergencyRequest(context.Turn, context.DialogId, context.StepId), cancellationToken);
        return new DialogActionResult(JsonSerializer.SerializeToElement(new { raised = true }), replies);
    }
}
