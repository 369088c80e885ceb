using System.Text.Json;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Outbox;

/// <summary>A message the bot starts itself, into a conversation it has seen before.</summary>
public sealed record ProactiveMessage(string ChannelId, string ConversationId, BotReply Reply);

/// <summary>Delivers <see cref="ProactiveMessage"/>s through the connector (kind <c>teams.message</c>).</summary>
public sealed class ProactiveMessageSender(IConversationReferenceStore references, IConnectorClient connector) : IOutboxSender
{
    public const string KindName = "teams.message";

    public string Kind => KindName;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<ProactiveMessage>(message.Payload, OutboxJson.Options)
            ?? throw new OutboxDeliveryException("empty payload", isTransient: false);
        var address = await references.FindAsync(payload.ChannelId, payload.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the conversation is not known to the bot", isTransient: false);
        try
        {
            await connector.SendToConversationAsync(
                address.ServiceUrl, address.ConversationId, ReplyActivityFactory.CreateMessage(address, payload.Reply), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex);
        }
    }
}
