using EngagementBot.Cards;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Graph;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Delivers <see cref="SessionSweep"/> (kind <c>sessions.sweep</c>), the end-of-day sweep. First it queues
/// tomorrow's sweep. Then every session still open whose visit started before now is chased: the worker
/// gets the session card asking them to check out or extend, the chase is recorded on the session, and each
/// line manager (through Graph; else the team's managers, second contact or out-of-hours contact) gets one
/// message listing the cases still open — in their chat with the bot, or by mail when there is none. Every
/// id derives from the date, so a repeated sweep sends nothing twice. Never silently dropped: a session
/// with nobody to tell about it is logged as an error.
/// </summary>
public sealed partial class EndOfDaySweepSender(
    ISessionStore sessions,
    IManagerDirectory directory,
    IConversationReferenceStore references,
    TeamDirectory teams,
    SweepSchedule schedule,
    SessionNotifications notifications,
    SessionTimes times,
    OutboxQueue outbox,
    TimeProvider clock,
    ILogger<EndOfDaySweepSender> logger) : IOutboxSender
{
    public string Kind => SessionOutboxKinds.Sweep;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var sweep = OutboxPayload.Read<SessionSweep>(message);
        await schedule.EnsureAsync(sweep.Date.AddDays(1), cancellationToken);

        var date = SweepSchedule.Text(sweep.Date);
        var open = await sessions.OpenStartedBeforeAsync(clock.GetUtcNow(), cancellationToken);
        var byManager = new Dictionary<string, List<VisitSession>>(StringComparer.OrdinalIgnoreCase);
        foreach (var session in open)
        {
            await notifications.PostCardAsync(session, SessionCardReason.Chase, date, clock.GetUtcNow(), cancellationToken);
            await RecordChasedAsync(session, date, cancellationToken);
            var managers = await ManagersOfAsync(session, cancellationToken);
            if (managers.Count == 0)
            {
                LogNobodyToTell(session.Id);
            }

            foreach (var manager in managers)
            {
                if (!byManager.TryGetValue(manager, out var list))
                {
                    byManager[manager] = list = [];
                }

                list.Add(session);
            }
        }

        foreach (var (manager, list) in byManager)
        {
            await TellManagerAsync(manager, list, date, cancellationToken);
        }

        LogSwept(open.Count, byManager.Count);
    }

    private async Task RecordChasedAsync(VisitSession session, string date, CancellationToken cancellationToken)
    {
        var detail = "date=" + date;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if ((await sessions.EventsAsync(session.Id, cancellationToken)).Any(e => e.Kind == SessionEventKinds.Chased && e.Detail == detail))
            {
                return;
            }

            // A chase changes nothing about the session; the version moves on so the event is written in the same compare-and-set.
            if (await sessions.UpdateAsync(session with { Version = session.Version + 1 }, new SessionEvent(session.Id, clock.GetUtcNow(), SessionEventKinds.Chased, null, detail), cancellationToken))
            {
                return;
            }

            session = await sessions.FindAsync(session.Id, cancellationToken) ?? session;
        }

        throw new OutboxDeliveryException("a session kept changing while the sweep recorded its chase", isTransient: true);
    }

    /// <summary>The worker's line manager from the directory (or the configured fallback), else the team's configured contacts.</summary>
    private async Task<IReadOnlyList<string>> ManagersOfAsync(VisitSession session, CancellationToken cancellationToken)
    {
        try
        {
            if ((await directory.ResolveApproversAsync(session.Worker.AadObjectId, cancellationToken)).Primary is { } manager)
            {
                return [manager.AadObjectId];
            }
        }
        catch (GraphDeliveryException ex)
        {
            LogDirectoryUnavailable(ex.StatusCode, ex.IsTransient);
        }

        var team = teams.Team(session.Team);
        return team.Managers.Count > 0 ? team.Managers
            : (team.SecondContact ?? teams.OutOfHoursContact(session.Team)) is { Length: > 0 } contact ? [contact]
            : [];
    }

    private async Task TellManagerAsync(string manager, List<VisitSession> open, string date, CancellationToken cancellationToken)
    {
        var chat = await references.FindPersonalByAadObjectIdAsync(manager, cancellationToken);
        if (chat is not null)
        {
            // Teams renders markdown in chat messages: names are escaped there.
            var text = SessionTexts.ManagerChase([.. open.Select(s => Line(s, CardText.Escape))]);
            await notifications.TellAsync(OutboxIds.For("sessions-sweep", date, "manager", manager), new ConversationRef(chat.ChannelId, chat.ConversationId), text, open[0].Id, cancellationToken);
            return;
        }

        var mail = new MailNotice(SessionTexts.ManagerChaseSubject(open.Count), SessionTexts.ManagerChase([.. open.Select(s => Line(s, name => name))]), Urgent: true);
        await outbox.EnqueueAsync(OutboxIds.For("sessions-sweep", date, "manager-mail", manager), GraphOutboxKinds.Mail, new MailPayload(manager, mail), clock.GetUtcNow(), null, cancellationToken);
    }

    private string Line(VisitSession session, Func<string, string> shown) =>
        $"{session.CaseReference}: {shown(session.Worker.DisplayName ?? "a colleague")}, due back {times.Text(session.DueBackAt)}{(session.Overdue == OverdueStage.Escalated ? " (overdue alert raised)" : string.Empty)}";

    [LoggerMessage(Level = LogLevel.Information, Message = "End-of-day sweep: {Open} open sessions chased, {Managers} managers told")]
    private partial void LogSwept(int open, int managers);

    [LoggerMessage(Level = LogLevel.Error, Message = "End-of-day sweep: session {SessionId} is still open and nobody could be found to tell (no line manager, no team contacts); the worker was chased")]
    private partial void LogNobodyToTell(Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "End-of-day sweep: a line manager could not be looked up (Graph status {StatusCode}, transient {Transient}); the team's contacts are told instead")]
    private partial void LogDirectoryUnavailable(int? statusCode, bool transient);
}
