using System.Globalization;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using OutboxQueue = EngagementBot.Host.Outbox.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Everything the session flow tells anyone outside the current turn, and its timers, goes through the
/// durable outbox with ids derived from (session, purpose, deadline or version), so calling any method
/// here again — after a retry, a crash or a duplicate timer — enqueues nothing twice.
/// </summary>
public sealed class SessionNotifications(OutboxQueue outbox, TeamDirectory teams, TimeProvider clock)
{
    /// <summary>
    /// The card a new session posts waits this long, so it lands after the planning turn's own replies
    /// (the outbox may deliver before the turn has sent them).
    /// </summary>
    public static readonly TimeSpan AfterTurnReplies = TimeSpan.FromSeconds(2);

    /// <summary>Posts the session card for a reason; <paramref name="occasion"/> tells apart posts of one reason (a deadline, a date).</summary>
    public Task<Guid> PostCardAsync(VisitSession session, SessionCardReason reason, string occasion, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        EnqueueAsync(OutboxIds.For(Key(session.Id), "card", reason.ToString(), occasion), SessionOutboxKinds.PostCard, new SessionCardPost(session.Id, reason), dueAt, session.Id, cancellationToken);

    /// <summary>Brings the worker's latest card up to date after a change (nothing when no card was posted yet).</summary>
    public Task UpdateCardAsync(VisitSession session, CancellationToken cancellationToken) =>
        session.CardActivityId is null
            ? Task.CompletedTask
            : EnqueueAsync(OutboxIds.For(Key(session.Id), "update", Number(session.Version)), SessionOutboxKinds.UpdateCard, new SessionCardUpdate(session.Id), clock.GetUtcNow(), session.Id, cancellationToken);

    /// <summary>Sets the timer of the session's current deadline: the prompt at <see cref="VisitSession.DueBackAt"/>.</summary>
    public Task ScheduleDeadlineAsync(VisitSession session, CancellationToken cancellationToken) =>
        TimerAsync(session, SessionDeadlineStep.Prompt, session.DueBackAt, cancellationToken);

    /// <summary>Sets the timer that raises the overdue alert: the deadline plus the team's grace period.</summary>
    public Task ScheduleEscalationAsync(VisitSession session, CancellationToken cancellationToken) =>
        TimerAsync(session, SessionDeadlineStep.Escalate, EscalatesAt(session), cancellationToken);

    /// <summary>When the current deadline's overdue alert is raised if nobody checks in.</summary>
    public DateTimeOffset EscalatesAt(VisitSession session) => session.DueBackAt + teams.Timings(session.Team).GracePeriod;

    /// <summary>A text into a conversation the bot knows (the worker's chat, a manager's chat).</summary>
    public Task<Guid> TellAsync(Guid messageId, ConversationRef chat, string text, Guid sessionId, CancellationToken cancellationToken) =>
        EnqueueAsync(messageId, ProactiveMessageSender.KindName, new ProactiveMessage(chat.ChannelId, chat.ConversationId, BotReply.FromText(text)), clock.GetUtcNow(), sessionId, cancellationToken);

    private Task<Guid> TimerAsync(VisitSession session, SessionDeadlineStep step, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        EnqueueAsync(
            OutboxIds.For(Key(session.Id), "deadline", Number(session.DeadlineVersion), step.ToString()),
            SessionOutboxKinds.Deadline,
            new SessionDeadline(session.Id, session.DeadlineVersion, step),
            dueAt,
            session.Id,
            cancellationToken);

    private Task<Guid> EnqueueAsync<T>(Guid messageId, string kind, T payload, DateTimeOffset dueAt, Guid sessionId, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(messageId, kind, payload, dueAt, sessionId.ToString("D"), cancellationToken);

    /// <summary>The key outbox ids of a session derive from.</summary>
    public static string Key(Guid sessionId) => "visit-session:" + sessionId.ToString("D");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
