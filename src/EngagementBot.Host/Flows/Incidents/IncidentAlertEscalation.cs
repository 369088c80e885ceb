using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// <see cref="IIncidentEscalation"/> through the safety-alert ladder. At submit it queues
/// <see cref="IncidentAlertDue"/>, whose sender (<see cref="IncidentAlertSender"/>) raises an alert of kind
/// Incident — the incident card to acknowledge and record decisions on, in the line manager's chat with the
/// feed notice and mail, the next rung when nobody acknowledges — so a directory or connector outage at
/// submit delays it and never loses it. When the debrief falls due it queues <see cref="IncidentDebriefDue"/>
/// for whoever acknowledged (else the line manager). Both ids derive from the incident: a retried submit or
/// a timer delivered twice enqueues nothing twice.
/// </summary>
public sealed class IncidentAlertEscalation(OutboxQueue outbox, TimeProvider clock) : IIncidentEscalation
{
    public Task NotifyManagerAsync(Incident incident, HazardFlag flag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return outbox.EnqueueAsync(
            OutboxIds.For(IncidentNotifications.Key(incident), "raise-alert"),
            IncidentOutboxKinds.RaiseAlert,
            new IncidentAlertDue(incident.Id),
            clock.GetUtcNow(),
            incident.Id.ToString("D"),
            cancellationToken);
    }

    public Task DebriefDueAsync(Incident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return outbox.EnqueueAsync(
            OutboxIds.For(IncidentNotifications.Key(incident), "debrief-manager"),
            IncidentOutboxKinds.DebriefManager,
            new IncidentDebriefDue(incident.Id),
            clock.GetUtcNow(),
            incident.Id.ToString("D"),
            cancellationToken);
    }

    /// <summary>The id of an incident's acknowledgement alert.</summary>
    public static Guid AlertId(Guid incidentId) => OutboxIds.For("safety-alert", "incident", incidentId.ToString("D"));
}
