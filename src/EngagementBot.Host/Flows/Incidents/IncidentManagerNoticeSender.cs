using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Outbox;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// Delivers <see cref="IncidentManagerNotice"/> (kind <c>incident.manager</c>): finds the reporter's line
/// manager (or the configured fallback) through Graph, then queues a mail and, when the manager has a chat
/// with the bot, a message there. A Graph failure is retried by the outbox like any delivery.
/// </summary>
public sealed partial class IncidentManagerNoticeSender(
    IIncidentStore incidents,
    IHazardFlagStore flags,
    IManagerDirectory directory,
    IConversationReferenceStore references,
    PackCatalog packs,
    OutboxQueue outbox,
    TimeProvider clock,
    ILogger<IncidentManagerNoticeSender> logger) : IOutboxSender
{
    public string Kind => IncidentOutboxKinds.ManagerNotice;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = OutboxPayload.Read<IncidentManagerNotice>(message);
        var incident = await incidents.FindAsync(notice.IncidentId, cancellationToken)
            ?? throw new OutboxDeliveryException("the incident does not exist", isTransient: false);
        ApproverSet managers;
        try
        {
            managers = await directory.ResolveApproversAsync(incident.Reporter.AadObjectId, cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            throw GraphDeliveryFailures.ToOutbox(ex);
        }

        if (managers.Primary is not { } manager)
        {
            LogNoManager(incident.Id);
            return;
        }

        var flag = (await flags.AllForCaseAsync(incident.CaseReference, cancellationToken)).FirstOrDefault(f => f.SourceIncidentId == incident.Id);
        var behaviours = incident.Behaviours
            .Select(id => packs.TryGet(incident.PackId, out var pack) ? pack.ThreateningBehaviours.FirstOrDefault(b => b.Id == id)?.Label ?? id : id)
            .ToList();
        var body = IncidentTexts.ManagerBody(incident, behaviours, flag?.Severity, notice.Purpose);
        var key = IncidentNotifications.Key(incident);
        var purpose = notice.Purpose.ToString();
        var now = clock.GetUtcNow();
        var mail = new MailNotice(IncidentTexts.ManagerSubject(incident, notice.Purpose), body, Urgent: notice.Purpose == ManagerNoticePurpose.Reported);
        await outbox.EnqueueAsync(OutboxIds.For(key, "manager-mail", purpose, manager.AadObjectId), GraphOutboxKinds.Mail, new MailPayload(manager.AadObjectId, mail), now, incident.Id.ToString("D"), cancellationToken);
        var chat = await references.FindPersonalByAadObjectIdAsync(manager.AadObjectId, cancellationToken);
        if (chat is not null)
        {
            var text = new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(body));
            await outbox.EnqueueAsync(OutboxIds.For(key, "manager-chat", purpose, manager.AadObjectId), ProactiveMessageSender.KindName, text, now, incident.Id.ToString("D"), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: no line manager and no fallback, so no manager was told")]
    private partial void LogNoManager(Guid incidentId);
}
