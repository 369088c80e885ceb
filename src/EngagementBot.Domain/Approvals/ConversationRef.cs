namespace EngagementBot.Domain.Approvals;

/// <summary>A conversation the bot knows, by channel and conversation id (see <c>IConversationReferenceStore</c>).</summary>
public sealed record ConversationRef(string ChannelId, string ConversationId)
{
    /// <summary>The same key as <c>ConversationAddress.Key</c>.</summary>
    public string Key => $"{ChannelId}|{ConversationId}";
}
