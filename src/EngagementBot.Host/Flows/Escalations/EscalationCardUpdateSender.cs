using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Delivers <see cref="EscalationCardUpdate"/> (kind <c>escalation.update-card</c>): replaces a posted copy
/// with the card as the record stands at delivery time, so a late or repeated update never shows anything older.
/// </summary>
public sealed class EscalationCardUpdateSender(
    IEscalationStore escalations,
    IConversationReferenceStore references,
    IConnectorClient connector,
    EscalationCards cards) : IOutboxSender
{
    public string Kind => EscalationOutboxKinds.UpdateCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var update = OutboxPayload.Read<EscalationCardUpdate>(message);
        var record = await escalations.FindAsync(update.EscalationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the escalation does not exist", isTransient: false);
        var copy = record.Cards.FirstOrDefault(card => card.Conversation.Key == update.Conversation.Key)
            ?? throw new OutboxDeliveryException("no copy of the card was posted in that conversation", isTransient: false);
        var address = await references.FindAsync(copy.Conversation.ChannelId, copy.Conversation.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the conversation is not known to the bot", isTransient: false);

        var card = await cards.RenderAsync(record, copy.RecipientAadObjectId, notice: null, cancellationToken);
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
