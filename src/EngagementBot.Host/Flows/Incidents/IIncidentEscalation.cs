using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Incidents;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// How the line manager hears about an incident (<see cref="IncidentAlertEscalation"/>: the safety-alert
/// ladder, with an incident card to acknowledge and record decisions on and the next rung when nobody
/// does). Both calls must be idempotent per incident: they run again when a submit is retried.
/// </summary>
public interface IIncidentEscalation
{
    /// <summary>At submit: the manager must know at once.</summary>
    Task NotifyManagerAsync(Incident incident, HazardFlag flag, CancellationToken cancellationToken);

    /// <summary>When the debrief / supervision follow-up falls due (the worker is reminded separately).</summary>
    Task DebriefDueAsync(Incident incident, CancellationToken cancellationToken);
}
