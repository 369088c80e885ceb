using EngagementBot.Connector.Activities;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Connector.Turns;

/// <summary>
/// Extracts where a conversation lives from an inbound activity. Reads fields, never id prefixes
/// (the Agents Playground uses ids like <c>user-id-0</c>).
/// </summary>
public static class ConversationAddressReader
{
    /// <summary>The address, or null when the activity lacks channel, service URL, conversation or bot.</summary>
    public static ConversationAddress? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ChannelId)
            || string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || string.IsNullOrWhiteSpace(activity.Conversation?.Id)
            || string.IsNullOrWhiteSpace(activity.Recipient?.Id))
        {
            return null;
        }

        var channelData = activity.ChannelData;
        return new ConversationAddress(
            ChannelId: activity.ChannelId,
            ServiceUrl: activity.ServiceUrl,
            ConversationId: activity.Conversation.Id,
            Kind: ReadKind(activity.Conversation.ConversationType),
            TenantId: JsonElementReader.GetString(channelData, "tenant", "id") ?? activity.Conversation.TenantId,
            BotId: activity.Recipient.Id,
            BotName: activity.Recipient.Name,
            UserId: activity.From?.Id,
            UserAadObjectId: activity.From?.AadObjectId,
            TeamId: JsonElementReader.GetString(channelData, "team", "id"),
            TeamsChannelId: JsonElementReader.GetString(channelData, "channel", "id"));
    }

    public static ConversationKind ReadKind(string? conversationType) => conversationType switch
    {
        _ when string.Equals(conversationType, "channel", StringComparison.OrdinalIgnoreCase) => ConversationKind.Channel,
        _ when string.Equals(conversationType, "groupChat", StringComparison.OrdinalIgnoreCase) => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };
}
