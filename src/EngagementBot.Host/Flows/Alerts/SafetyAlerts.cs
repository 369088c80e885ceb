using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// The overdue side of the alert flow (what the session flow calls): raises a session's overdue alert
/// up its ladder and stands it down when the worker checks in. Both are idempotent.
/// </summary>
public sealed partial class SafetyAlerts(
    IAlertStore alerts,
    AlertLadderBuilder ladders,
    AlertNotifications notifications,
    IConversationReferenceStore references,
    OutboxQueue outbox,
    TeamDirectory teams,
    TimeProvider clock,
    ILogger<SafetyAlerts> logger) : ISafetyAlerts
{
    /// <summary>The id of the overdue alert of a session's deadline.</summary>
    public static Guid OverdueAlertId(VisitSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return OutboxIds.For("safety-alert", "overdue", session.Id.ToString("D"), AlertNotifications.Number(session.DeadlineVersion));
    }

    /// <inheritdoc />
    /// <remarks>
    /// The worker is told whom it went to and how to stand it down.
    /// When nobody at all can be told (no line manager, no contacts, no channel), the alert is still
    /// stored — raised, with an empty ladder, as the honest record — the worker is told plainly to phone,
    /// and it is logged as critical.
    /// </remarks>
    public async Task<SafetyAlert> RaiseOverdueAsync(VisitSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var id = OverdueAlertId(session);
        var alert = await alerts.FindAsync(id, cancellationToken);
        if (alert is null)
        {
            var now = clock.GetUtcNow();
            var ladder = await ladders.BuildAsync(session.Worker.AadObjectId, session.Team, now, cancellationToken);
            alert = ladder.Count == 0
                ? Unheard(id, session, now)
                : SafetyAlert.Raise(
                    id, AlertKind.Overdue, session.Id, session.CaseReference, session.Team, session.Worker, session.Whereabouts, session.DueBackAt,
                    ladder, now, now + teams.Timings(session.Team).AcknowledgeWithin);
            IReadOnlyList<AlertTarget> told = alert.Ladder.Count == 0 ? [] : AlertNotifications.AskedAt(alert, allAtOnce: false);
            var raised = new AlertEvent(id, now, AlertEventKinds.Raised, null, AlertNotifications.Detail(alert, told, "overdue"));
            if (await alerts.AddAsync(alert, raised, cancellationToken))
            {
                LogRaised(id, ladder.Count);
            }
            else
            {
                alert = await alerts.FindAsync(id, cancellationToken) ?? alert;
            }
        }

        if (alert.Ladder.Count == 0)
        {
            LogNobodyToTell(alert.Id);
            await notifications.TellWorkerAsync(alert, "nobody-to-tell", AlertTexts.OverdueNobodyToAlert, cancellationToken);
        }
        else if (alert.State == AlertState.Raised)
        {
            // Again after a crash or a repeated timer: the same ids, so nothing goes twice.
            await notifications.TellAsync(alert, AlertNotifications.AskedAt(alert, allAtOnce: false), cancellationToken);
            await notifications.TellWorkerAsync(alert, "overdue-raised", AlertTexts.OverdueRaised(AlertTexts.RolesForWorker(alert.Ladder[0].Targets)), cancellationToken);
        }

        return alert;
    }

    /// <inheritdoc />
    /// <remarks>One already taken on is not stood down: its owner is told the worker checked in.</remarks>
    public async Task StandDownAsync(Guid alertId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var alert = await alerts.FindAsync(alertId, cancellationToken);
            if (alert is null)
            {
                return;
            }

            var now = clock.GetUtcNow();
            if (alert.State == AlertState.Handled)
            {
                await TellHandlerAsync(alert, now, cancellationToken);
                return;
            }

            if (alert.State == AlertState.StoodDown)
            {
                await notifications.StoodDownAsync(alert, cancellationToken);
                return;
            }

            if (alert.StandDown(now) is not { } stoodDown)
            {
                return;
            }

            if (await alerts.UpdateAsync(stoodDown, new AlertEvent(alertId, now, AlertEventKinds.StoodDown, alert.Worker.AadObjectId, null), cancellationToken))
            {
                LogStoodDown(alertId);
                await notifications.StoodDownAsync(stoodDown, cancellationToken);
                return;
            }
        }
    }

    private async Task TellHandlerAsync(SafetyAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var handler = alert.HandledBy!;
        var text = $"{AlertTexts.WorkerName(alert)} has checked in ({AlertTexts.LocalTime(now, teams.Zone)}), so they're safe. Thank you for handling the alert.";
        var id = OutboxIds.For(AlertNotifications.Key(alert), "checked-in", handler);
        var chat = await references.FindPersonalByAadObjectIdAsync(handler, cancellationToken);
        if (chat is not null)
        {
            await outbox.EnqueueAsync(id, ProactiveMessageSender.KindName, new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(text)), now, alert.Id.ToString("D"), cancellationToken);
        }
        else
        {
            await outbox.EnqueueAsync(id, GraphOutboxKinds.Mail, new MailPayload(handler, new MailNotice(AlertTexts.StoodDownSubject(alert), text)), now, alert.Id.ToString("D"), cancellationToken);
        }
    }

    // Nobody to tell: stored as raised with an empty ladder (the record that it happened), never a pretend alert.
    private static SafetyAlert Unheard(Guid id, VisitSession session, DateTimeOffset now) =>
        new(id, AlertKind.Overdue, session.Id, session.CaseReference, session.Team, session.Worker, session.Whereabouts, session.DueBackAt,
            Ladder: [], Step: 0, AlertState.Raised, Silent: false, HandledBy: null, HandledByName: null, HandledAt: null, PostedCards: [], now, NextStepAt: null, Version: 0);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety alert {AlertId} raised: a session is overdue ({Rungs} rungs on the ladder)")]
    private partial void LogRaised(Guid alertId, int rungs);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Safety alert {AlertId}: nobody can be told (no line manager, contacts or channel configured); the worker was told to phone")]
    private partial void LogNobodyToTell(Guid alertId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Safety alert {AlertId} stood down: the worker checked in")]
    private partial void LogStoodDown(Guid alertId);
}
