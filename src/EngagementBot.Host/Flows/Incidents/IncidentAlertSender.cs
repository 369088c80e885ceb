using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Incidents;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Graph;
using EngagementBot.Host.Flows.Alerts;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// Delivers <see cref="IncidentAlertDue"/> (kind <c>incident.raise-alert</c>): raises the incident's
/// acknowledgement alert (kind <see cref="AlertKind.Incident"/>, id from the incident) on the reporter's
/// ladder — people only, never the team channel — stores it and tells its first rung; the alert flow's
/// step timers do the rest, every <see cref="LadderTimings.AcknowledgeWithin"/> of the team, repeating until
/// someone acknowledges. The line manager comes from the directory: while it fails transiently the delivery
/// is retried (<see cref="DirectoryAttempts"/> times) rather than skip them; after that, or when it fails for
/// good, the ladder goes without them. Delivered again, it tells nobody twice.
/// </summary>
public sealed partial class IncidentAlertSender(
    IIncidentStore incidents,
    IAlertStore alerts,
    AlertLadderBuilder ladders,
    AlertNotifications notifications,
    IncidentNotifications incidentNotifications,
    TeamDirectory teams,
    TimeProvider clock,
    ILogger<IncidentAlertSender> logger) : IOutboxSender
{
    /// <summary>Deliveries that wait for the directory to name the line manager before going without.</summary>
    public const int DirectoryAttempts = 4;

    public string Kind => IncidentOutboxKinds.RaiseAlert;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var due = OutboxPayload.Read<IncidentAlertDue>(message);
        var incident = await incidents.FindAsync(due.IncidentId, cancellationToken)
            ?? throw new OutboxDeliveryException("the incident does not exist", isTransient: false);
        var id = IncidentAlertEscalation.AlertId(incident.Id);
        var alert = await alerts.FindAsync(id, cancellationToken) ?? await RaiseAsync(id, incident, message.Attempts + 1 < DirectoryAttempts, cancellationToken);
        if (alert is null)
        {
            await incidentNotifications.TellReporterAsync(incident, "nobody-to-acknowledge", IncidentTexts.NobodyToAcknowledge, clock.GetUtcNow(), cancellationToken);
            return;
        }

        if (alert.State == AlertState.Raised)
        {
            // Again after a crash or a second delivery: the same ids, so nothing goes twice.
            await notifications.TellAsync(alert, AlertNotifications.AskedAt(alert, allAtOnce: false), cancellationToken);
        }
    }

    private async Task<SafetyAlert?> RaiseAsync(Guid id, Incident incident, bool directoryMustAnswer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reporter = incident.Reporter;
        var team = teams.TeamOf(reporter.AadObjectId);
        IReadOnlyList<AlertRung> ladder;
        try
        {
            ladder = await ladders.BuildAsync(reporter.AadObjectId, team, now, peopleOnly: true, directoryMustAnswer, cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            throw GraphDeliveryFailures.ToOutbox(ex);
        }

        if (ladder.Count == 0)
        {
            LogNobodyToTell(incident.Id);
            return null;
        }

        var worker = new SessionWorker(reporter.AadObjectId, reporter.UserId, reporter.Conversation, reporter.DisplayName);
        var alert = SafetyAlert.Raise(
            id, AlertKind.Incident, incident.Id, incident.CaseReference, team, worker, whereabouts: null, dueBackAt: null,
            ladder, now, now + teams.Timings(team).AcknowledgeWithin);
        var told = AlertNotifications.AskedAt(alert, allAtOnce: false);
        if (await alerts.AddAsync(alert, new AlertEvent(id, now, AlertEventKinds.Raised, null, AlertNotifications.Detail(alert, told, "incident")), cancellationToken))
        {
            LogRaised(incident.Id, id, ladder.Count);
            return alert;
        }

        return await alerts.FindAsync(id, cancellationToken) ?? alert;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: acknowledgement alert {AlertId} raised ({Rungs} rungs on the ladder)")]
    private partial void LogRaised(Guid incidentId, Guid alertId, int rungs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId}: no line manager, contacts or duty set up, so nobody can acknowledge it; the reporter was told")]
    private partial void LogNobodyToTell(Guid incidentId);
}
