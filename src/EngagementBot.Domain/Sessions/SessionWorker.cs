using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Sessions;

/// <summary>
/// The practitioner a session keeps safe, as the authenticated channel reported them: directory object
/// id, channel user id, their 1:1 chat with the bot (prompts and the session card go there) and the
/// display name the channel gave (shown to people on the ladder; never logged).
/// </summary>
public sealed record SessionWorker(string AadObjectId, string UserId, ConversationRef Conversation, string? DisplayName);
