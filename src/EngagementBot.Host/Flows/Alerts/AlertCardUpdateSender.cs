using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Delivers <see cref="AlertCardUpdate"/> (kind <c>alert.update-card</c>): replaces a posted copy
/// (<c>PUT …/activities/{id}</c>) with the card as the alert stands at delivery time — the channel
/// view in a channel, the person view anywhere else — so a late or repeated update never shows
/// anything older.
/// </summary>
public sealed class AlertCardUpdateSender(
    IAlertStore alerts,
    IConversationReferenceStore references,
    IConnectorClient connector,
    AlertCards cards) : IOutboxSender
{
    public string Kind => AlertOutboxKinds.UpdateCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var update = OutboxPayload.Read<AlertCardUpdate>(message);
        var alert = await alerts.FindAsync(update.AlertId, cancellationToken)
            ?? throw new OutboxDeliveryException("the alert does not exist", isTransient: false);
        var copy = alert.PostedCards.FirstOrDefault(card => card.Conversation.Key == update.Conversation.Key)
            ?? throw new OutboxDeliveryException("no copy of the card was posted in that conversation", isTransient: false);
        var address = await references.FindAsync(copy.Conversation.ChannelId, copy.Conversation.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the conversation is not known to the bot", isTransient: false);

        var card = address.Kind == ConversationKind.Channel
            ? cards.RenderForChannel(alert, notice: null)
            : await cards.RenderForPersonAsync(alert, copy.RecipientAadObjectId, notice: null, cancellationToken);
        var activity = ReplyActivityFactory.CreateMessage(address, BotReply.FromCard(card)) with { Id = copy.ActivityId };
        try
        {
            await connector.UpdateActivityAsync(address.ServiceUrl, address.ConversationId, copy.ActivityId, activity, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient, ex, ex.RetryAfter);
        }
    }
}
