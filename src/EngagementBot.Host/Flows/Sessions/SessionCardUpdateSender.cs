using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Delivers <see cref="SessionCardUpdate"/> (kind <c>session.update-card</c>): replaces the worker's latest
/// session card (<c>PUT …/activities/{id}</c>) with the card as the session stands at delivery, so a late or
/// repeated update never shows anything older.
/// </summary>
public sealed class SessionCardUpdateSender(
    ISessionStore sessions,
    IConversationReferenceStore references,
    IConnectorClient connector,
    SessionCards cards) : IOutboxSender
{
    public string Kind => SessionOutboxKinds.UpdateCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var update = OutboxPayload.Read<SessionCardUpdate>(message);
        var session = await sessions.FindAsync(update.SessionId, cancellationToken)
            ?? throw new OutboxDeliveryException("the session does not exist", isTransient: false);
        if (session.CardActivityId is not { } activityId)
        {
            return;
        }

        var chat = session.Worker.Conversation;
        var address = await references.FindAsync(chat.ChannelId, chat.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the worker's conversation is not known to the bot", isTransient: false);
        var activity = ReplyActivityFactory.CreateMessage(address, BotReply.FromCard(cards.Render(session, notice: null))) with { Id = activityId };
        try
        {
            await connector.UpdateActivityAsync(address.ServiceUrl, address.ConversationId, activityId, activity, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }
    }
}
