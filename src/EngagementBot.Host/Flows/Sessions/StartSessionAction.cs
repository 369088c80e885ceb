using System.Text.Json;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Domain.Visits;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Flows.PlanVisit;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// <c>start-session</c>: turns the saved plan into a lone-worker session (<see cref="VisitSession"/>): the
/// worker's team, the plan's return time as the deadline, and the whereabouts (venue, the address or place
/// and the phone number, when given). Sets the deadline timer and posts the session card into the worker's
/// chat (after this turn's replies, so its copy can be updated in place later). The session id derives from
/// the plan id, so a retried turn starts it once. Output: <c>{ status: "started" | "notIdentified", sessionId? }</c>.
/// Arguments (step ids): <c>plan</c> (the save-plan step), <c>location</c> and <c>phone</c> (may be unanswered).
/// </summary>
public sealed partial class StartSessionAction(
    IVisitPlanStore plans,
    ISessionStore sessions,
    TeamDirectory teams,
    SessionNotifications notifications,
    SessionTimes times,
    TimeProvider clock,
    ILogger<StartSessionAction> logger) : IDialogAction
{
    public const string ActionName = "start-session";

    public string Name => ActionName;

    public async Task<DialogActionResult> RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = new PlanArguments(context);
        var turn = context.Turn;
        if (string.IsNullOrWhiteSpace(turn.From.AadObjectId))
        {
            return new DialogActionResult(JsonSerializer.SerializeToElement(new { status = "notIdentified" }), [BotReply.FromText(SessionTexts.NotIdentified)]);
        }

        var plan = await arguments.SavedPlanAsync("plan", plans, cancellationToken);

        var worker = new SessionWorker(turn.From.AadObjectId, turn.From.Id, new ConversationRef(turn.Conversation.ChannelId, turn.Conversation.ConversationId), turn.From.Name);
        var whereabouts = new Whereabouts(VisitVocabulary.Venues.Code(plan.Venue), Optional(arguments, "location"), Optional(arguments, "phone"));
        var now = clock.GetUtcNow();
        var session = VisitSession.Start(
            OutboxIds.For("visit-session", plan.Id.ToString("D")), plan.Id, plan.CaseReference, teams.TeamOf(worker.AadObjectId), worker, whereabouts, plan.VisitAt, plan.ReturnBy, now);
        var added = await sessions.AddAsync(session, new SessionEvent(session.Id, now, SessionEventKinds.Started, worker.AadObjectId, $"plan={plan.Id:D}"), cancellationToken);
        session = added ? session : await sessions.FindAsync(session.Id, cancellationToken) ?? session;

        await notifications.ScheduleDeadlineAsync(session, cancellationToken);
        await notifications.PostCardAsync(session, SessionCardReason.Started, "plan", now + SessionNotifications.AfterTurnReplies, cancellationToken);
        LogStarted(session.Id, added);

        var dueBack = times.Text(session.DueBackAt);
        var text = added ? SessionTexts.Started(session.CaseReference, dueBack) : SessionTexts.StartedAlready(session.CaseReference, dueBack);
        return new DialogActionResult(JsonSerializer.SerializeToElement(new { status = "started", sessionId = session.Id }), [BotReply.FromText(text)]);
    }

    private static string? Optional(PlanArguments arguments, string name) =>
        arguments.Answer(name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} started from a visit plan (new {Added})")]
    private partial void LogStarted(Guid sessionId, bool added);
}
