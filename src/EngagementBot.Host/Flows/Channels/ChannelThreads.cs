using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Channels;

/// <summary>
/// Opens a new thread in a subscribed Teams channel whose first post is a card (<c>POST /v3/conversations</c>),
/// for outbox senders: <paramref name="via"/> is the channel's stored conversation (service URL, tenant, bot
/// account). Failures become <see cref="OutboxDeliveryException"/>s the outbox understands.
/// </summary>
public sealed class ChannelThreads(IConversationReferenceStore references, IConnectorClient connector)
{
    public async Task OpenAsync(ConversationRef via, string teamsChannelId, string card, CancellationToken cancellationToken)
    {
        var channel = await references.FindAsync(via.ChannelId, via.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the subscribed channel's conversation is not known to the bot", isTransient: false);
        var tenant = channel.TenantId ?? throw new OutboxDeliveryException("the subscribed channel gives no tenant id", isTransient: false);
        var root = ReplyActivityFactory.CreateMessage(RootOf(channel, teamsChannelId), BotReply.FromCard(card));
        try
        {
            await connector.CreateConversationAsync(
                channel.ServiceUrl,
                ConversationParameters.ForChannelThread(teamsChannelId, tenant, root, new ChannelAccount { Id = channel.BotId, Name = channel.BotName }),
                cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }
    }

    /// <summary>
    /// The address of a channel's root post: the channel itself, addressed to nobody. The stored conversation
    /// is the thread a command came from and remembers who last spoke there; that person must not become the
    /// recipient of a post everyone in the channel reads.
    /// </summary>
    public static ConversationAddress RootOf(ConversationAddress via, string teamsChannelId)
    {
        ArgumentNullException.ThrowIfNull(via);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamsChannelId);
        return via with
        {
            ConversationId = teamsChannelId,
            Kind = ConversationKind.Channel,
            UserId = null,
            UserAadObjectId = null,
            TeamsChannelId = teamsChannelId,
        };
    }
}
