using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Escalations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph;
using EngagementBot.Graph.Managers;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Delivers <see cref="EscalationCardPost"/> (kind <c>escalation.post-card</c>): finds the raiser's line
/// manager (or the configured fallback) through Graph, opens their 1:1 chat (see <see cref="PersonalChats"/>),
/// posts the decision card and records the copy, so the card can be updated in place and only they can
/// decide. A copy already recorded is not posted again; a Graph or connector failure is retried by the outbox.
/// </summary>
public sealed partial class EscalationCardPostSender(
    IEscalationStore escalations,
    IManagerDirectory directory,
    IConversationReferenceStore references,
    PersonalChats chats,
    IConnectorClient connector,
    EscalationCards cards,
    EscalationNotifications notifications,
    TimeProvider clock,
    ILogger<EscalationCardPostSender> logger) : IOutboxSender
{
    public string Kind => EscalationOutboxKinds.PostCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<EscalationCardPost>(message);
        var record = await escalations.FindAsync(post.EscalationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the escalation does not exist", isTransient: false);
        if (record.Cards.Any(c => c.CanDecide))
        {
            return;
        }

        ApproverSet managers;
        try
        {
            managers = await directory.ResolveApproversAsync(record.RaisedBy.AadObjectId, cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            throw GraphDeliveryFailures.ToOutbox(ex);
        }

        if (managers.Primary is not { } manager)
        {
            LogNoManager(record.Id);
            return;
        }

        var chat = await OpenChatAsync(manager.AadObjectId, post.Via, cancellationToken);
        var card = await cards.RenderAsync(record, manager.AadObjectId, notice: null, cancellationToken, asDecider: true);
        string? activityId;
        try
        {
            var sent = await connector.SendToConversationAsync(
                chat.Address.ServiceUrl, chat.Address.ConversationId, ReplyActivityFactory.CreateMessage(chat.Address, BotReply.FromCard(card)), cancellationToken);
            activityId = sent.Id;
        }
        catch (ConnectorException ex)
        {
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient || chat.JustInstalled, ex, ex.RetryAfter);
        }

        if (string.IsNullOrEmpty(activityId))
        {
            LogNoActivityId(record.Id);
            return;
        }

        var conversation = new ConversationRef(chat.Address.ChannelId, chat.Address.ConversationId);
        await escalations.AddPostedCardAsync(record.Id, new EscalationCard(conversation, activityId, manager.AadObjectId, CanDecide: true, clock.GetUtcNow()), cancellationToken);
        if (await escalations.FindAsync(record.Id, cancellationToken) is { IsPending: false } decided)
        {
            await notifications.UpdateCardAsync(decided, conversation, cancellationToken);
        }
    }

    private async Task<PersonalChat> OpenChatAsync(string aadObjectId, ConversationRef via, CancellationToken cancellationToken)
    {
        var address = await references.FindAsync(via.ChannelId, via.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the raising conversation is not known to the bot", isTransient: false);
        return await chats.OpenForDeliveryAsync(aadObjectId, address, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId}: no line manager and no fallback, so no decision card was sent")]
    private partial void LogNoManager(Guid escalationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Escalation {EscalationId}: the connector gave no activity id for the decision card; it cannot be updated")]
    private partial void LogNoActivityId(Guid escalationId);
}
