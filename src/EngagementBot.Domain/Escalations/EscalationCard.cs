using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Escalations;

/// <summary>
/// One copy of the escalation's decision card the bot posted: where (conversation and activity id, to
/// update it in place), for whom, and whether that person decides (the line manager) or only watches.
/// </summary>
public sealed record EscalationCard(ConversationRef Conversation, string ActivityId, string RecipientAadObjectId, bool CanDecide, DateTimeOffset PostedAt);
