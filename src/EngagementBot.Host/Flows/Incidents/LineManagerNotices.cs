using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// Phase-one <see cref="IIncidentEscalation"/>: queues an <see cref="IncidentManagerNotice"/>; its sender
/// finds the line manager through Graph when it runs (so a Graph outage delays it, never loses it) and
/// tells them by chat and mail. No acknowledgement and no next rung yet: that is the alert ladder's job.
/// </summary>
public sealed class LineManagerNotices(OutboxQueue outbox, TimeProvider clock) : IIncidentEscalation
{
    public Task NotifyManagerAsync(Incident incident, HazardFlag flag, CancellationToken cancellationToken) =>
        EnqueueAsync(incident, ManagerNoticePurpose.Reported, cancellationToken);

    public Task DebriefDueAsync(Incident incident, CancellationToken cancellationToken) =>
        EnqueueAsync(incident, ManagerNoticePurpose.DebriefDue, cancellationToken);

    private Task<Guid> EnqueueAsync(Incident incident, ManagerNoticePurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return outbox.EnqueueAsync(
            OutboxIds.For(IncidentNotifications.Key(incident), "manager", purpose.ToString()),
            IncidentOutboxKinds.ManagerNotice,
            new IncidentManagerNotice(incident.Id, purpose),
            clock.GetUtcNow(),
            incident.Id.ToString("D"),
            cancellationToken);
    }
}
