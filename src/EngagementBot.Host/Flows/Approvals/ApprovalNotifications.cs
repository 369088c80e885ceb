using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Approvals;

/// <summary>
/// Everything the approval flow tells anyone goes through the durable outbox, with ids derived from
/// (approval, purpose, recipient), so calling any method here again — after a retry, a crash or a
/// duplicate deadline — enqueues nothing twice.
/// </summary>
public sealed class ApprovalNotifications(
    OutboxQueue outbox,
    IConversationReferenceStore references,
    IOptions<ApprovalOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// Asks rung <paramref name="rung"/>: the card to each of its approvers in their 1:1 chat (the
    /// activity-feed notice follows once the card is posted) and a mail to each, and sets the rung's
    /// reminder and escalation deadlines. Rung 0 also posts a status copy to the requester.
    /// Mail always goes too: Teams delivery to someone who never used the bot can fail in ways we only
    /// learn later (app policy, install propagation, feed unreliable on mobile), and a safety decision
    /// must not wait on one channel.
    /// </summary>
    public async Task AskRungAsync(JointVisitApproval approval, int rung, CancellationToken cancellationToken)
    {
        var id = approval.Id;
        var via = approval.RequestedBy.Conversation;
        var now = clock.GetUtcNow();
        if (rung == 0)
        {
            var requester = approval.RequestedBy.AadObjectId;
            await EnqueueAsync(OutboxIds.For(Key(id), "card", requester), ApprovalOutboxKinds.PostCard, new ApprovalCardPost(id, requester, via, via), now, id, cancellationToken);
        }

        var chatLink = await ChatLinkAsync(approval, cancellationToken);
        foreach (var approver in approval.Approvers.Rungs[rung])
        {
            await EnqueueAsync(OutboxIds.For(Key(id), "card", approver), ApprovalOutboxKinds.PostCard, new ApprovalCardPost(id, approver, null, via), now, id, cancellationToken);
            var mail = new MailNotice(ApprovalTexts.MailSubject(approval.CaseReference), ApprovalTexts.MailBody(approval, chatLink), Urgent: true);
            await EnqueueAsync(OutboxIds.For(Key(id), "mail", approver), GraphOutboxKinds.Mail, new MailPayload(approver, mail), now, id, cancellationToken);
        }

        var settings = options.Value;
        var remindAt = approval.ReminderDueAt;
        var escalateAt = remindAt - settings.ReminderAfter + settings.EscalateAfter;
        await EnqueueAsync(OutboxIds.For(Key(id), "remind", Rung(rung)), ApprovalOutboxKinds.Deadline, new ApprovalDeadline(id, rung, DeadlineStep.Remind), remindAt, id, cancellationToken);
        await EnqueueAsync(OutboxIds.For(Key(id), "escalate", Rung(rung)), ApprovalOutboxKinds.Deadline, new ApprovalDeadline(id, rung, DeadlineStep.Escalate), escalateAt, id, cancellationToken);
    }

    /// <summary>The activity-feed notice that a card is waiting, once it is in the approver's chat.</summary>
    public async Task FeedAskAsync(JointVisitApproval approval, string approver, CancellationToken cancellationToken)
    {
        var notice = new ActivityFeedNotice(
            FeedActivityType.JointVisitApproval,
            FeedTopic.Text(ApprovalTexts.CardTitle, await ChatLinkAsync(approval, cancellationToken)),
            ApprovalTexts.AskPreview(approval.CaseReference),
            new FeedTemplateParameters(CaseReference: approval.CaseReference),
            ChainId: ChainOf(approval));
        await EnqueueAsync(OutboxIds.For(Key(approval.Id), "feed", approver), GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload(approver, notice), clock.GetUtcNow(), approval.Id, cancellationToken);
    }

    /// <summary>Reminds the approvers of rung <paramref name="rung"/>: a message in their chat (mail when there is none) and a feed notice.</summary>
    public async Task RemindAsync(JointVisitApproval approval, int rung, CancellationToken cancellationToken)
    {
        var id = approval.Id;
        var now = clock.GetUtcNow();
        var chatLink = await ChatLinkAsync(approval, cancellationToken);
        foreach (var approver in approval.Approvers.Rungs[rung])
        {
            var chat = await references.FindPersonalByAadObjectIdAsync(approver, cancellationToken);
            if (chat is not null)
            {
                var message = new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(ApprovalTexts.Reminder(approval)));
                await EnqueueAsync(OutboxIds.For(Key(id), "reminder", Rung(rung), approver), ProactiveMessageSender.KindName, message, now, id, cancellationToken);
            }
            else
            {
                var mail = new MailNotice("Reminder: " + ApprovalTexts.MailSubject(approval.CaseReference), ApprovalTexts.MailBody(approval, chatLink), Urgent: true);
                await EnqueueAsync(OutboxIds.For(Key(id), "reminder-mail", Rung(rung), approver), GraphOutboxKinds.Mail, new MailPayload(approver, mail), now, id, cancellationToken);
            }

            var notice = new ActivityFeedNotice(
                FeedActivityType.JointVisitApproval,
                FeedTopic.Text(ApprovalTexts.CardTitle, chatLink),
                ApprovalTexts.ReminderPreview(approval.CaseReference),
                new FeedTemplateParameters(CaseReference: approval.CaseReference),
                ChainId: ChainOf(approval));
            await EnqueueAsync(OutboxIds.For(Key(id), "reminder-feed", Rung(rung), approver), GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload(approver, notice), now, id, cancellationToken);
        }
    }

    /// <summary>Tells the requester that the next rung was asked.</summary>
    public Task<Guid> EscalatedAsync(JointVisitApproval approval, CancellationToken cancellationToken) =>
        TellRequesterAsync(approval, OutboxIds.For(Key(approval.Id), "escalated", Rung(approval.Rung)), ApprovalTexts.Escalated(approval.CaseReference), cancellationToken);

    /// <summary>
    /// After a decision or expiry: every posted copy of the card is updated in place, and the requester
    /// is told at once in their chat and in their activity feed.
    /// </summary>
    public async Task DecidedAsync(JointVisitApproval approval, CancellationToken cancellationToken)
    {
        var id = approval.Id;
        foreach (var card in approval.PostedCards)
        {
            await UpdateCardAsync(approval, card.Conversation, cancellationToken);
        }

        await TellRequesterAsync(approval, OutboxIds.For(Key(id), "outcome"), ApprovalTexts.Outcome(approval, options.Value.DutyContact), cancellationToken);
        var notice = new ActivityFeedNotice(
            FeedActivityType.JointVisitDecision,
            FeedTopic.Text(ApprovalTexts.CardTitle, await ChatLinkAsync(approval, cancellationToken)),
            ApprovalTexts.DecisionPreview(approval),
            new FeedTemplateParameters(CaseReference: approval.CaseReference, Decision: ApprovalTexts.FeedDecision(approval.State)),
            ChainId: ChainOf(approval));
        await EnqueueAsync(OutboxIds.For(Key(id), "outcome-feed"), GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload(approval.RequestedBy.AadObjectId, notice), clock.GetUtcNow(), id, cancellationToken);
    }

    /// <summary>Brings the copy in <paramref name="conversation"/> up to date with the decision.</summary>
    public Task<Guid> UpdateCardAsync(JointVisitApproval approval, ConversationRef conversation, CancellationToken cancellationToken) =>
        EnqueueAsync(
            OutboxIds.For(Key(approval.Id), "update", conversation.Key),
            ApprovalOutboxKinds.UpdateCard,
            new ApprovalCardUpdate(approval.Id, conversation),
            clock.GetUtcNow(),
            approval.Id,
            cancellationToken);

    private Task<Guid> TellRequesterAsync(JointVisitApproval approval, Guid messageId, string text, CancellationToken cancellationToken)
    {
        var chat = approval.RequestedBy.Conversation;
        return EnqueueAsync(
            messageId, ProactiveMessageSender.KindName, new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(text)), clock.GetUtcNow(), approval.Id, cancellationToken);
    }

    private Task<Guid> EnqueueAsync<T>(Guid messageId, string kind, T payload, DateTimeOffset dueAt, Guid approvalId, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(messageId, kind, payload, dueAt, approvalId.ToString("D"), cancellationToken);

    // A Teams deep link to the bot's chat (feed notices need a web URL; mail shows it).
    private async Task<string> ChatLinkAsync(JointVisitApproval approval, CancellationToken cancellationToken)
    {
        var via = await references.FindAsync(approval.RequestedBy.Conversation.ChannelId, approval.RequestedBy.Conversation.ConversationId, cancellationToken);
        return via is null
            ? "https://teams.microsoft.com"
            : $"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(via.BotId)}";
    }

    // Later feed notices about the same request replace earlier ones in the feed.
    private static long ChainOf(JointVisitApproval approval) => BitConverter.ToInt64(approval.Id.ToByteArray(), 0) & long.MaxValue;

    private static string Key(Guid id) => "joint-visit-approval:" + id.ToString("D");

    private static string Rung(int rung) => rung.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
