using EngagementBot.Domain.Approvals;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>The outbox kinds of the incident flow and their payloads.</summary>
public static class IncidentOutboxKinds
{
    /// <summary>A risk alert card as a new thread in one subscribed channel (<see cref="RiskAlertPost"/>).</summary>
    public const string RiskAlert = "incident.risk-alert";

    /// <summary>The debrief / supervision follow-up timer (<see cref="IncidentFollowUp"/>).</summary>
    public const string FollowUp = "incident.follow-up";

    /// <summary>Telling the reporter's line manager (<see cref="IncidentManagerNotice"/>), phase-one escalation.</summary>
    public const string ManagerNotice = "incident.manager";
}

/// <summary>
/// A risk alert for one channel: the alert (no free text by construction), the Teams channel to open a
/// thread in, and the conversation the subscription was made from (its stored reference gives the
/// service URL, tenant and bot account).
/// </summary>
public sealed record RiskAlertPost(RiskAlert Alert, string TeamsChannelId, ConversationRef Via);

/// <summary>The follow-up due for an incident.</summary>
public sealed record IncidentFollowUp(Guid IncidentId);

/// <summary>Why the line manager is told: the incident was reported, or its debrief is due.</summary>
public enum ManagerNoticePurpose
{
    Reported,
    DebriefDue,
}

/// <summary>Tell the reporter's line manager about an incident.</summary>
public sealed record IncidentManagerNotice(Guid IncidentId, ManagerNoticePurpose Purpose);
