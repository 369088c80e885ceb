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
/// Opens a new thread in a Teams channel whose first post is a card (<c>POST /v3/conversations</c>), for
/// outbox senders. The channel is reached through a stored conversation (service URL, tenant, bot account,
/// team). Failures become <see cref="OutboxDeliveryException"/>s the outbox understands.
/// </summary>
public sealed class ChannelThreads(IConversationReferenceStore references, IConnectorClient connector)
{
    /// <summary>Opens the thread through the subscribed channel's stored conversation <paramref name="via"/>.</summary>
    public async Task<ChannelThread> OpenAsync(ConversationRef via, string teamsChannelId, string card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(via);
        var channel = await references.FindAsync(via.ChannelId, via.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the subscribed channel's conversation is not known to the bot", isTransient: false);
        return await OpenAsync(channel, teamsChannelId, card, cancellationToken);
    }

    /// <summary>
    /// Opens the thread with the service URL, tenant, bot account and team of <paramref name="via"/>; returns
    /// the thread's address and the root post's activity id (to update the card later), when Teams gives one.
    /// </summary>
    public async Task<ChannelThread> OpenAsync(ConversationAddress via, string teamsChannelId, string card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(via);
        var tenant = via.TenantId ?? throw new OutboxDeliveryException("no tenant id to post into the channel with", isTransient: false);
        var root = RootOf(via, teamsChannelId);
        ConversationResourceResponse created;
        try
        {
            created = await connector.CreateConversationAsync(
                root.ServiceUrl,
                ConversationParameters.ForChannelThread(
                    teamsChannelId, tenant, ReplyActivityFactory.CreateMessage(root, BotReply.FromCard(card)), new ChannelAccount { Id = via.BotId, Name = via.BotName }),
                cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"creating the channel thread: connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }

        var thread = root with { ConversationId = created.Id, ServiceUrl = string.IsNullOrWhiteSpace(created.ServiceUrl) ? root.ServiceUrl : created.ServiceUrl };
        return new ChannelThread(thread, string.IsNullOrWhiteSpace(created.ActivityId) ? MessageIdOf(created.Id) : created.ActivityId);
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

    // A channel thread's conversation id ends with ";messageid=<root activity id>".
    private static string? MessageIdOf(string conversationId)
    {
        const string marker = ";messageid=";
        var at = conversationId.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return at < 0 || at + marker.Length >= conversationId.Length ? null : conversationId[(at + marker.Length)..];
    }
}

/// <summary>A thread opened in a channel: its address (for replies and stored references) and its root post's activity id.</summary>
public sealed record ChannelThread(ConversationAddress Address, string? RootActivityId);
