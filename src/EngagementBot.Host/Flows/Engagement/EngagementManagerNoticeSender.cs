using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Delivers <see cref="EngagementManagerNotice"/> (kind <c>engagement.manager</c>) the way the incident flow
/// tells a line manager: finds the worker's manager (or the configured fallback) through Graph when it runs,
/// then queues an urgent mail and, when the manager has a chat with the bot, a message there. A Graph failure
/// is retried by the outbox like any delivery.
/// </summary>
public sealed partial class EngagementManagerNoticeSender(
    IManagerDirectory directory,
    IConversationReferenceStore references,
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
        var chat = await references.FindPersonalByAadObjectIdAsync(manager.AadObjectId, cancellationToken);
        if (chat is not null)
        {
            var text = new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(notice.Body));
            await outbox.EnqueueAsync(OutboxIds.For(key, "manager-chat", manager.AadObjectId), ProactiveMessageSender.KindName, text, now, correlation, cancellationToken);
        }

        LogTold(notice.PromptId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Engagement prompt {PromptId}: no line manager and no fallback, so no manager was told")]
    private partial void LogNoManager(Guid promptId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Engagement prompt {PromptId}: the line manager's mail (and chat message if any) queued")]
    private partial void LogTold(Guid promptId);
}
