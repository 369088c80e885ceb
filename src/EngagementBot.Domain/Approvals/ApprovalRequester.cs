namespace EngagementBot.Domain.Approvals;

/// <summary>
/// Who asked for the approval, as the authenticated channel reported them: directory object id,
/// channel user id, the conversation they asked from (where they hear the outcome) and the display
/// name the channel gave (shown to approvers; never logged).
/// </summary>
public sealed record ApprovalRequester(string AadObjectId, string UserId, ConversationRef Conversation, string? DisplayName);
