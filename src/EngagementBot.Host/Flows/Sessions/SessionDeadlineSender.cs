using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Delivers <see cref="SessionDeadline"/> (kind <c>session.deadline</c>), the session's durable timers.
/// On delivery it re-reads the session and acts only if the timer's deadline version still applies:
/// <list type="bullet">
/// <item>prompt (at the deadline): marks the session prompted (compare-and-set), posts the session card
/// asking "are you safe?" and sets the escalation timer at the deadline plus the team's grace period;</item>
/// <item>escalate (grace period over, still no check-in): asks the alert flow to raise the overdue alert,
/// then marks the session escalated with the alert's id. Should the worker have checked in between the
/// two, the alert is stood down at once.</item>
/// </list>
/// An extension or a close makes older timers do nothing; a repeated delivery finds the step done and only
/// re-enqueues what it enqueued before (same ids, so nothing twice).
/// </summary>
public sealed partial class SessionDeadlineSender(
    ISessionStore sessions,
    ISafetyAlerts alerts,
    SessionNotifications notifications,
    TimeProvider clock,
    ILogger<SessionDeadlineSender> logger) : IOutboxSender
{
    public string Kind => SessionOutboxKinds.Deadline;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var deadline = OutboxPayload.Read<SessionDeadline>(message);
        var session = await sessions.FindAsync(deadline.SessionId, cancellationToken)
            ?? throw new OutboxDeliveryException("the session does not exist", isTransient: false);
        if (deadline.Step == SessionDeadlineStep.Prompt)
        {
            await PromptAsync(session, deadline.DeadlineVersion, cancellationToken);
        }
        else
        {
            await EscalateAsync(session, deadline.DeadlineVersion, cancellationToken);
        }
    }

    private async Task PromptAsync(VisitSession session, int version, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2 && session.Prompt(version) is { } prompted; attempt++)
        {
            if (await sessions.UpdateAsync(prompted, new SessionEvent(session.Id, clock.GetUtcNow(), SessionEventKinds.Prompted, null, $"deadline={version}"), cancellationToken))
            {
                LogPrompted(session.Id, version);
                session = prompted;
                break;
            }

            session = await ReloadAsync(session, cancellationToken);
        }

        // Prompted now or by an earlier delivery of this timer: make sure the prompt and the next timer are queued.
        if (session is { IsOpen: true, Overdue: OverdueStage.Prompted } && session.DeadlineVersion == version)
        {
            await notifications.PostCardAsync(session, SessionCardReason.Prompt, Deadline(version), clock.GetUtcNow(), cancellationToken);
            await notifications.ScheduleEscalationAsync(session, cancellationToken);
        }
        else if (session.Prompt(version) is not null)
        {
            throw new OutboxDeliveryException("the session kept changing; the prompt will be tried again", isTransient: true);
        }
    }

    private async Task EscalateAsync(VisitSession session, int version, CancellationToken cancellationToken)
    {
        if (session.Escalate(version, Guid.Empty) is null)
        {
            LogNothingToDo(session.Id, version);
            return;
        }

        var alert = await alerts.RaiseOverdueAsync(session, cancellationToken);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (session.Escalate(version, alert.Id) is not { } escalated)
            {
                // The worker checked in (or extended) while the alert was being raised: nobody needs to act.
                LogCheckedInMeanwhile(session.Id, alert.Id);
                await alerts.StandDownAsync(alert.Id, cancellationToken);
                return;
            }

            if (await sessions.UpdateAsync(escalated, new SessionEvent(session.Id, clock.GetUtcNow(), SessionEventKinds.Escalated, null, $"deadline={version};alert={alert.Id:D}"), cancellationToken))
            {
                LogEscalated(session.Id, version, alert.Id);
                await notifications.UpdateCardAsync(escalated, cancellationToken);
                return;
            }

            session = await ReloadAsync(session, cancellationToken);
        }

        throw new OutboxDeliveryException("the session kept changing; the escalation will be tried again", isTransient: true);
    }

    private async Task<VisitSession> ReloadAsync(VisitSession session, CancellationToken cancellationToken) =>
        await sessions.FindAsync(session.Id, cancellationToken)
        ?? throw new OutboxDeliveryException("the session disappeared", isTransient: false);

    private static string Deadline(int version) => "deadline-" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: deadline {DeadlineVersion} passed without a check-out; the worker is prompted")]
    private partial void LogPrompted(Guid sessionId, int deadlineVersion);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session {SessionId}: the timer of deadline {DeadlineVersion} no longer applies")]
    private partial void LogNothingToDo(Guid sessionId, int deadlineVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: grace period over for deadline {DeadlineVersion}; overdue alert {AlertId} raised")]
    private partial void LogEscalated(Guid sessionId, int deadlineVersion, Guid alertId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: the worker checked in while overdue alert {AlertId} was raised; standing it down")]
    private partial void LogCheckedInMeanwhile(Guid sessionId, Guid alertId);
}
