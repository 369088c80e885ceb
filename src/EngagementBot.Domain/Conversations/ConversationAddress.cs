namespace EngagementBot.Domain.Conversations;

/// <summary>
/// Where a conversation lives, independent of the wire protocol: enough to send into it again
/// later (proactive messages). Ids are opaque strings; nothing may depend on their prefixes.
/// </summary>
public sealed record ConversationAddress(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    ConversationKind Kind,
    string? TenantId,
    string BotId,
    string? BotName,
    string? UserId,
    string? UserAadObjectId,
    string? TeamId,
    string? TeamsChannelId)
{
    /// <summary>Stable key of the conversation in stores.</summary>
    public string Key => $"{ChannelId}|{ConversationId}";
}

public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
