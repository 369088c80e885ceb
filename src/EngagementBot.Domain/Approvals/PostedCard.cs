namespace EngagementBot.Domain.Approvals;

/// <summary>
/// One copy of the approval card the bot posted: where (conversation and activity id, to update it
/// in place later) and for whom (the approver it asks, or the requester who watches it).
/// </summary>
public sealed record PostedCard(ConversationRef Conversation, string ActivityId, string RecipientAadObjectId, DateTimeOffset PostedAt);
