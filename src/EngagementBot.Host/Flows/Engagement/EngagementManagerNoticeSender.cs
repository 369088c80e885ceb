using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Delivers <see cref="EngagementManagerNotice"/> (kind <c>engagement.manager</c>) the way the incident and
/// escalation flows reach a line manager: finds the worker's manager (or the configured fallback) through
/// Graph when it runs, queues an urgent mail, and opens (or reuses) the manager's 1:1 chat with the bot (see
/// <see cref="PersonalChats"/>: installing the app for them and creating the chat when they have never talked
/// to the bot) to queue the same words there. A Graph or connector failure is retried by the outbox like any
/// delivery; the mail and the chat message have ids of their own, so a retry queues neither twice.
/// </summary>
public sealed partial class EngagementManagerNoticeSender(
    IManagerDirectory directory,
    IConversationReferenceStore references,
    PersonalChats chats,
    OutboxQueue outbox,
    TimeProvider clock,
    ILogger<EngagementManagerNoticeSender> logger) : IOutboxSender
{
    public string Kind => EngagementOutboxKinds.ManagerNotice;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = OutboxPayload.Read<EngagementManagerNotice>(message);
        ApproverSet managers;
        try
        {
            managers = await directory.ResolveApproversAsync(notice.WorkerAadObjectId, cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            throw GraphDeliveryFailures.ToOutbox(ex);
        }

        if (managers.Primary is not { } manager)
        {
            LogNoManager(notice.PromptId);
            return;
        }

        var key = "engagement-prompt:" + notice.PromptId.ToString("D");
        var now = clock.GetUtcNow();
        var correlation = notice.PromptId.ToString("D");
        var mail = new MailNotice(notice.Subject, notice.Body, Urgent: true);
        await outbox.EnqueueAsync(OutboxIds.For(key, "manager-mail", manager.AadObjectId), GraphOutboxKinds.Mail, new MailPayload(manager.AadObjectId, mail), now, correlation, cancellationToken);
        var chat = await ChatOfAsync(manager.AadObjectId, notice.Via, cancellationToken);
        if (chat is null)
        {
            LogNoChat(notice.PromptId);
            return;
        }

        var text = new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(notice.Body));
        await outbox.EnqueueAsync(OutboxIds.For(key, "manager-chat", manager.AadObjectId), ProactiveMessageSender.KindName, text, now, correlation, cancellationToken);
        LogTold(notice.PromptId);
    }

    // The stored chat; else one opened through the conversation the event was logged in; null when neither is known.
    private async Task<ConversationAddress?> ChatOfAsync(string managerAadObjectId, ConversationRef? via, CancellationToken cancellationToken)
    {
        var stored = await references.FindPersonalByAadObjectIdAsync(managerAadObjectId, cancellationToken);
        if (stored is not null || via is null)
        {
            return stored;
        }

        // Without the logging conversation, or a tenant in it, the bot can't open a chat: the mail is all the manager gets.
        var address = await references.FindAsync(via.ChannelId, via.ConversationId, cancellationToken);
        return address?.TenantId is null ? null : (await chats.OpenForDeliveryAsync(managerAadObjectId, address, cancellationToken)).Address;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Engagement prompt {PromptId}: no line manager and no fallback, so no manager was told")]
    private partial void LogNoManager(Guid promptId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Engagement prompt {PromptId}: the line manager's chat could not be found or opened; only the mail was queued")]
    private partial void LogNoChat(Guid promptId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Engagement prompt {PromptId}: the line manager's mail and chat message queued")]
    private partial void LogTold(Guid promptId);
}
