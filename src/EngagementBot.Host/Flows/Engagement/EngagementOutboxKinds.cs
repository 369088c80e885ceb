using EngagementBot.Domain.Approvals;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>The outbox kinds of the engagement log and their payloads.</summary>
public static class EngagementOutboxKinds
{
    /// <summary>Telling the logging worker's line manager about a pattern (<see cref="EngagementManagerNotice"/>).</summary>
    public const string ManagerNotice = "engagement.manager";
}

/// <summary>
/// Tell the line manager of <see cref="WorkerAadObjectId"/> about prompt <see cref="PromptId"/>: the subject
/// and body are finished texts built from vocabularies and counts only (never the worker's note).
/// <see cref="Via"/> is the conversation the event was logged in (the tenant, service URL and bot account to
/// open the manager's 1:1 chat with); null in notices queued before it was carried.
/// </summary>
public sealed record EngagementManagerNotice(Guid PromptId, string WorkerAadObjectId, string Subject, string Body, ConversationRef? Via = null);
