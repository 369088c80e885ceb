using EngagementBot.Domain.Approvals;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>The outbox kinds of the escalation flow and their payloads.</summary>
public static class EscalationOutboxKinds
{
    /// <summary><see cref="EscalationCardPost"/>: find the raiser's line manager and post them the decision card.</summary>
    public const string PostCard = "escalation.post-card";

    /// <summary><see cref="EscalationCardUpdate"/>: replace a posted copy with the card as the record now stands.</summary>
    public const string UpdateCard = "escalation.update-card";

    /// <summary><see cref="EscalationSummaryPost"/>: open a thread with the summary card in a subscribed channel.</summary>
    public const string Summary = "escalation.summary";

    /// <summary><see cref="EscalationReminder"/>: a durable timer, due the morning an action falls due.</summary>
    public const string Reminder = "escalation.reminder";
}

/// <summary>Post escalation <paramref name="EscalationId"/>'s decision card to the raiser's line manager; <paramref name="Via"/> opens their chat.</summary>
public sealed record EscalationCardPost(Guid EscalationId, ConversationRef Via);

/// <summary>Replace the copy of the decision card posted in <paramref name="Conversation"/>.</summary>
public sealed record EscalationCardUpdate(Guid EscalationId, ConversationRef Conversation);

/// <summary>A summary for one channel: the summary (no free text by construction), the Teams channel, and the conversation to post through.</summary>
public sealed record EscalationSummaryPost(EscalationSummary Summary, string TeamsChannelId, ConversationRef Via) : IChannelThreadPost
{
    public static string OutboxKind => EscalationOutboxKinds.Summary;
}

/// <summary>Due when action <paramref name="ActionIndex"/> of the escalation falls due; tells its owner.</summary>
public sealed record EscalationReminder(Guid EscalationId, int ActionIndex);
