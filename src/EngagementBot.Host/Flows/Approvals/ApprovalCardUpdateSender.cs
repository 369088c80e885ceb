using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// Delivers <see cref="ApprovalCardUpdate"/> (kind <c>approval.update-card</c>): replaces a posted copy
/// (<c>PUT …/activities/{id}</c>) with the card as the approval stands at delivery time, so a late or
/// repeated update never shows anything older.
/// </summary>
public sealed class ApprovalCardUpdateSender(
    IApprovalStore approvals,
    IConversationReferenceStore references,
    IConnectorClient connector,
    ApprovalCards cards) : IOutboxSender
{
    public string Kind => ApprovalOutboxKinds.UpdateCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var update = OutboxPayload.Read<ApprovalCardUpdate>(message);
        var approval = await approvals.FindAsync(update.ApprovalId, cancellationToken)
            ?? throw new OutboxDeliveryException("the approval does not exist", isTransient: false);
        var copy = approval.PostedCards.FirstOrDefault(card => card.Conversation.Key == update.Conversation.Key)
            ?? throw new OutboxDeliveryException("no copy of the card was posted in that conversation", isTransient: false);
        var address = await references.FindAsync(copy.Conversation.ChannelId, copy.Conversation.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the conversation is not known to the bot", isTransient: false);

        var card = await cards.RenderAsync(approval, copy.RecipientAadObjectId, notice: null, cancellationToken);
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
