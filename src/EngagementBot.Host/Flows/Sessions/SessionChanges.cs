using System.Globalization;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.LoneWorker;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>The outcome of a check-in: the session as it now stands, and whether this change was applied.</summary>
public sealed record SessionChangeResult(SessionChangeOutcome Outcome, VisitSession Session, bool AlertStoodDown);

public enum SessionChangeOutcome
{
    Applied,
    /// <summary>The session was closed before this change (by the worker, or someone on the ladder).</summary>
    AlreadyClosed,
    /// <summary>Two attempts lost the compare-and-set to other changes.</summary>
    Busy,
}

/// <summary>
/// Applies a worker's check-in (arrived, extend, running late, left safely) to a session: a compare-and-set
/// in the store with its audit event, retried once over a fresh read when another change won the race. Then,
/// through the outbox, the new deadline's timer (an extension makes the old timers stale) and the card in
/// place; and when the overdue alert of the current deadline was raised, it is stood down.
/// </summary>
public sealed partial class SessionChanges(
    ISessionStore sessions,
    ISafetyAlerts alerts,
    SessionNotifications notifications,
    TimeProvider clock,
    ILogger<SessionChanges> logger)
{
    /// <param name="by">The extension (ignored for arrive and leave).</param>
    /// <param name="actor">Directory object id of whoever checked in.</param>
    public async Task<SessionChangeResult> ApplyAsync(VisitSession session, SessionCommandKind kind, TimeSpan by, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (!session.IsOpen)
            {
                return new SessionChangeResult(SessionChangeOutcome.AlreadyClosed, session, AlertStoodDown: false);
            }

            var now = clock.GetUtcNow();
            var (changed, recorded) = Change(session, kind, by, actor, now);
            if (await sessions.UpdateAsync(changed, recorded, cancellationToken))
            {
                LogApplied(session.Id, recorded.Kind);
                if (changed.DeadlineVersion != session.DeadlineVersion)
                {
                    await notifications.ScheduleDeadlineAsync(changed, cancellationToken);
                }

                await notifications.UpdateCardAsync(changed, cancellationToken);
                var stoodDown = false;
                if (session is { Overdue: OverdueStage.Escalated, AlertId: { } alertId })
                {
                    await alerts.StandDownAsync(alertId, cancellationToken);
                    stoodDown = true;
                    LogStoodDown(session.Id, alertId);
                }

                return new SessionChangeResult(SessionChangeOutcome.Applied, changed, stoodDown);
            }

            session = await sessions.FindAsync(session.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Session {session.Id} disappeared while it was being changed.");
        }

        LogBusy(session.Id);
        return new SessionChangeResult(SessionChangeOutcome.Busy, session, AlertStoodDown: false);
    }

    private static (VisitSession Changed, SessionEvent Recorded) Change(VisitSession session, SessionCommandKind kind, TimeSpan by, string actor, DateTimeOffset now)
    {
        switch (kind)
        {
            case SessionCommandKind.Arrive:
                return (session.Arrive(now), new SessionEvent(session.Id, now, SessionEventKinds.Arrived, actor, null));
            case SessionCommandKind.Leave:
                return (session.Close(actor, now), new SessionEvent(session.Id, now, SessionEventKinds.Closed, actor, null));
            case SessionCommandKind.Extend or SessionCommandKind.RunningLate:
                var extended = session.Extend(by, now);
                var eventKind = kind == SessionCommandKind.Extend ? SessionEventKinds.Extended : SessionEventKinds.RunningLate;
                return (extended, new SessionEvent(session.Id, now, eventKind, actor, Detail(extended, by)));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a check-in.");
        }
    }

    private static string Detail(VisitSession extended, TimeSpan by) =>
        string.Create(CultureInfo.InvariantCulture, $"by={(int)by.TotalMinutes}m;dueBackAt={extended.DueBackAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'};deadline={extended.DeadlineVersion}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: {EventKind} recorded")]
    private partial void LogApplied(Guid sessionId, string eventKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: the worker checked in, so overdue alert {AlertId} is stood down")]
    private partial void LogStoodDown(Guid sessionId, Guid alertId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: a check-in lost the race twice; the worker was asked to try again")]
    private partial void LogBusy(Guid sessionId);
}
