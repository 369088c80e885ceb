using EngagementBot.Domain.Approvals;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>The outbox kinds of the incident flow and their payloads.</summary>
public static class IncidentOutboxKinds
{
    /// <summary>A risk alert card as a new thread in one subscribed channel (<see cref="RiskAlertPost"/>).</summary>
    public const string RiskAlert = "incident.risk-alert";

    /// <summary>The debrief / supervision follow-up timer (<see cref="IncidentFollowUp"/>).</summary>
    public const string FollowUp = "incident.follow-up";

    /// <summary>Raising the incident's alert up the ladder to acknowledge it (<see cref="IncidentAlertDue"/>).</summary>
    public const string RaiseAlert = "incident.raise-alert";

    /// <summary>Telling the manager the debrief is due (<see cref="IncidentDebriefDue"/>).</summary>
    public const string DebriefManager = "incident.debrief-manager";
}

/// <summary>
/// A risk alert for one channel: the alert (no free text by construction), the Teams channel to open a
/// thread in, and the conversation the subscription was made from (its stored reference gives the
/// service URL, tenant and bot account).
/// </summary>
public sealed record RiskAlertPost(RiskAlert Alert, string TeamsChannelId, ConversationRef Via) : IChannelThreadPost
{
    public static string OutboxKind => IncidentOutboxKinds.RiskAlert;
}

/// <summary>The follow-up due for an incident.</summary>
public sealed record IncidentFollowUp(Guid IncidentId);

/// <summary>Raise the acknowledgement alert of an incident (the directory is asked when it is delivered).</summary>
public sealed record IncidentAlertDue(Guid IncidentId);

/// <summary>Tell whoever acknowledged the incident (else the line manager) that its debrief is due.</summary>
public sealed record IncidentDebriefDue(Guid IncidentId);
