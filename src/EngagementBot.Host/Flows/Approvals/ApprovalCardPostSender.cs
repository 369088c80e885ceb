using System.Net;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// Delivers <see cref="ApprovalCardPost"/> (kind <c>approval.post-card</c>): renders the approval's card
/// as it stands now for the recipient, posts it (opening their 1:1 chat and installing the app for them
/// when needed, see <see cref="PersonalChats"/>), records the copy on the approval so it can be updated
/// in place, then queues the activity-feed notice for an approver. A copy already recorded for the
/// recipient is not posted again.
/// </summary>
public sealed partial class ApprovalCardPostSender(
    IApprovalStore approvals,
    IConversationReferenceStore references,
    PersonalChats chats,
    IConnectorClient connector,
    ApprovalCards cards,
    ApprovalNotifications notifications,
    TimeProvider clock,
    ILogger<ApprovalCardPostSender> logger) : IOutboxSender
{
    public string Kind => ApprovalOutboxKinds.PostCard;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var post = OutboxPayload.Read<ApprovalCardPost>(message);
        var approval = await approvals.FindAsync(post.ApprovalId, cancellationToken)
            ?? throw new OutboxDeliveryException("the approval does not exist", isTransient: false);
        var isApprover = approval.IsApprover(post.RecipientAadObjectId);
        if (approval.PostedCards.Any(card => string.Equals(card.RecipientAadObjectId, post.RecipientAadObjectId, StringComparison.OrdinalIgnoreCase))
            || (isApprover && !approval.IsPending))
        {
            LogNotNeeded(approval.Id);
            return;
        }

        var chat = await ChatAsync(post, cancellationToken);
        var card = await cards.RenderAsync(approval, post.RecipientAadObjectId, notice: null, cancellationToken);
        string? activityId;
        try
        {
            var sent = await connector.SendToConversationAsync(
                chat.Address.ServiceUrl, chat.Address.ConversationId, ReplyActivityFactory.CreateMessage(chat.Address, BotReply.FromCard(card)), cancellationToken);
            activityId = sent.Id;
        }
        catch (ConnectorException ex)
        {
            // Just after Graph installed the app, Teams may not yet let the bot into the new chat.
            var settling = chat.JustInstalled && ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
            throw new OutboxDeliveryException($"connector answered {(int?)ex.StatusCode}", ex.IsTransient || settling, ex, ex.RetryAfter);
        }

        if (string.IsNullOrEmpty(activityId))
        {
            LogNoActivityId(approval.Id);
            return;
        }

        var conversation = new ConversationRef(chat.Address.ChannelId, chat.Address.ConversationId);
        await approvals.AddPostedCardAsync(approval.Id, new PostedCard(conversation, activityId, post.RecipientAadObjectId, clock.GetUtcNow()), cancellationToken);

        // Decided while this copy was on its way: the decision's updates may have missed it.
        var current = await approvals.FindAsync(approval.Id, cancellationToken);
        if (current is { IsPending: false })
        {
            await notifications.UpdateCardAsync(current, conversation, cancellationToken);
        }
        else if (isApprover)
        {
            await notifications.FeedAskAsync(approval, post.RecipientAadObjectId, cancellationToken);
        }
    }

    private async Task<PersonalChat> ChatAsync(ApprovalCardPost post, CancellationToken cancellationToken)
    {
        if (post.Conversation is { } given)
        {
            var address = await references.FindAsync(given.ChannelId, given.ConversationId, cancellationToken)
                ?? throw new OutboxDeliveryException("the conversation is not known to the bot", isTransient: false);
            return new PersonalChat(address, JustInstalled: false);
        }

        var via = await references.FindAsync(post.Via.ChannelId, post.Via.ConversationId, cancellationToken)
            ?? throw new OutboxDeliveryException("the requesting conversation is not known to the bot", isTransient: false);
        return await chats.OpenForDeliveryAsync(post.RecipientAadObjectId, via, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Approval {ApprovalId}: card not posted (already there, or decided before it went out)")]
    private partial void LogNotNeeded(Guid approvalId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval {ApprovalId}: the connector gave no activity id for a posted card; that copy cannot be updated")]
    private partial void LogNoActivityId(Guid approvalId);
}
