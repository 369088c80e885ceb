using EngagementBot.Domain.Approvals;

namespace EngagementBot.Host.Flows.Channels;

/// <summary>
/// An outbox message that opens a new thread in a Teams channel with a card: its outbox kind, the channel,
/// and the stored conversation that reaches it (service URL, tenant, bot account).
/// </summary>
public interface IChannelThreadPost
{
    /// <summary>The outbox kind its messages carry.</summary>
    static abstract string OutboxKind { get; }

    string TeamsChannelId { get; }

    ConversationRef Via { get; }
}

/// <summary>Renders a channel post's card at delivery, from the post's own data (which has no free text).</summary>
public interface IChannelThreadCard<in TPost>
    where TPost : IChannelThreadPost
{
    string Render(TPost post);
}
