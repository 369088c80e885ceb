using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// Delivers <see cref="IncidentDebriefDue"/> (kind <c>incident.debrief-manager</c>), the manager's side of
/// the debrief reminder: to whoever acknowledged the incident, else to the reporter's line manager (asked
/// of the directory when this runs; a Graph failure is retried by the outbox) — a mail, and a message in
/// their chat with the bot when they have one.
/// </summary>
public sealed partial class IncidentDebriefSender(
    IIncidentStore incidents,
    IAlertStore alerts,
    IManagerDirectory directory,
    IConversationReferenceStore references,
    OutboxQueue outbox,
    TimeProvider clock,
    ILogger<IncidentDebriefSender> logger) : IOutboxSender
{
    public string Kind => IncidentOutboxKinds.DebriefManager;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var due = OutboxPayload.Read<IncidentDebriefDue>(message);
        var incident = await incidents.FindAsync(due.IncidentId, cancellationToken)
            ?? throw new OutboxDeliveryException("the incident does not exist", isTransient: false);
        var alert = await alerts.FindAsync(IncidentAlertEscalation.AlertId(incident.Id), cancellationToken);
        var acknowledgedBy = alert is { State: AlertState.Handled } ? alert.HandledBy : null;
        var recipient = acknowledgedBy ?? await LineManagerAsync(incident, cancellationToken);
        if (recipient is null)
        {
            LogNobody(incident.Id);
            return;
        }

        var text = IncidentTexts.DebriefDue(incident, acknowledged: acknowledgedBy is not null);
        var key = IncidentNotifications.Key(incident);
        var now = clock.GetUtcNow();
        var mail = new MailNotice(IncidentTexts.DebriefSubject(incident), text);
        await outbox.EnqueueAsync(OutboxIds.For(key, "debrief-mail", recipient), GraphOutboxKinds.Mail, new MailPayload(recipient, mail), now, incident.Id.ToString("D"), cancellationToken);
        var chat = await references.FindPersonalByAadObjectIdAsync(recipient, cancellationToken);
        if (chat is not null)
        {
            var reminder = new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(text));
            await outbox.EnqueueAsync(OutboxIds.For(key, "debrief-chat", recipient), ProactiveMessageSender.KindName, reminder, now, incident.Id.ToString("D"), cancellationToken);
        }
    }

    private async Task<string?> LineManagerAsync(Incident incident, CancellationToken cancellationToken)
    {
        try
        {
            return (await directory.ResolveApproversAsync(incident.Reporter.AadObjectId, cancellationToken)).Primary?.AadObjectId;
        }
        catch (GraphDeliveryException ex)
        {
            throw GraphDeliveryFailures.ToOutbox(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: nobody acknowledged it and there is no line manager or fallback, so no manager was reminded of the debrief")]
    private partial void LogNobody(Guid incidentId);
}
