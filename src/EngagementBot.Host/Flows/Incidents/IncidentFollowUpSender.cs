using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// The debrief / supervision timer fired (kind <c>incident.follow-up</c>): the reporter is reminded in
/// their chat, and the manager's side goes to <see cref="IIncidentEscalation.DebriefDueAsync"/>.
/// </summary>
public sealed class IncidentFollowUpSender(
    IIncidentStore incidents,
    IncidentNotifications notifications,
    IIncidentEscalation escalation,
    TimeProvider clock) : IOutboxSender
{
    public string Kind => IncidentOutboxKinds.FollowUp;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var due = OutboxPayload.Read<IncidentFollowUp>(message);
        var incident = await incidents.FindAsync(due.IncidentId, cancellationToken)
            ?? throw new OutboxDeliveryException("the incident does not exist", isTransient: false);
        await notifications.TellReporterAsync(incident, "follow-up-reminder", IncidentTexts.FollowUpDue(incident), clock.GetUtcNow(), cancellationToken);
        await escalation.DebriefDueAsync(incident, cancellationToken);
    }
}
