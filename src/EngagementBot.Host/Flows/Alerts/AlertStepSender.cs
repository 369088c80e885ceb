using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Delivers <see cref="AlertStepDue"/> (kind <c>alert.step</c>), the alert ladder's durable timer: a
/// message due when a step's time to acknowledge (the team's <see cref="LadderTimings.AcknowledgeWithin"/>)
/// runs out. It re-reads the alert and acts only if that still applies:
/// <list type="bullet">
/// <item>still raised at this step → the next step (compare-and-set, recorded with the roles told):
/// the next rung is told, or past the last rung everyone again, and the next timer is set;</item>
/// <item>already at the next step (another instance won, or this one died after moving it on) → the
/// same notifications again, whose ids make that a no-op or a repair;</item>
/// <item>taken on, stood down or moved further → nothing.</item>
/// </list>
/// </summary>
public sealed partial class AlertStepSender(
    IAlertStore alerts,
    AlertNotifications notifications,
    TeamDirectory teams,
    TimeProvider clock,
    ILogger<AlertStepSender> logger) : IOutboxSender
{
    public string Kind => AlertOutboxKinds.Step;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var due = OutboxPayload.Read<AlertStepDue>(message);
        var alert = await alerts.FindAsync(due.AlertId, cancellationToken)
            ?? throw new OutboxDeliveryException("the alert does not exist", isTransient: false);
        if (alert.State == AlertState.Raised && alert.Step == due.Step && alert.Ladder.Count > 0)
        {
            var now = clock.GetUtcNow();
            var next = alert.Escalate(due.Step, now + teams.Timings(alert.Team).AcknowledgeWithin)!;
            var told = AlertNotifications.AskedAt(next, allAtOnce: false);
            var kind = next.Step > next.LastRung ? AlertEventKinds.Repeated : AlertEventKinds.Escalated;
            if (await alerts.UpdateAsync(next, new AlertEvent(next.Id, now, kind, null, AlertNotifications.Detail(next, told)), cancellationToken))
            {
                LogMovedOn(next.Id, next.Step, told.Count);
                await notifications.TellAsync(next, told, cancellationToken);
                return;
            }

            alert = await alerts.FindAsync(due.AlertId, cancellationToken) ?? alert;
        }

        if (alert.State == AlertState.Raised && alert.Step == due.Step + 1)
        {
            await notifications.TellAsync(alert, AlertNotifications.AskedAt(alert, allAtOnce: false), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety alert {AlertId}: nobody took it on in time; step {Step} told {Count} more")]
    private partial void LogMovedOn(Guid alertId, int step, int count);
}
