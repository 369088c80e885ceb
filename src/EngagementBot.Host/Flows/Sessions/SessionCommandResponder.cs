using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Answers session commands (registered after the dialog engine, before the menu): "arrived", "left
/// safely", "extend …", "running late …" and "check in" typed or pressed on the session card, and the
/// menu's "Check in or out"; "team status" goes to <see cref="TeamStatusView"/>. A typed command applies to
/// the worker's soonest-due open session and names its case; a card press to the session the card shows,
/// and only for its own worker. Action.Execute presses are answered with the updated card in the same
/// HTTP response; typed commands and Action.Submit presses with a message, the card updated in place.
/// </summary>
public sealed class SessionCommandResponder(
    ISessionStore sessions,
    SessionChanges changes,
    SessionCards cards,
    SessionNotifications notifications,
    SessionTimes times,
    TeamStatusView teamStatus,
    TimeProvider clock) : ITurnResponder
{
    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (SessionCommand.Read(input) is not { } command)
        {
            return null;
        }

        if (command.Kind == SessionCommandKind.TeamStatus)
        {
            return await teamStatus.RespondAsync(input, cancellationToken);
        }

        var worker = input.From.AadObjectId;
        if (string.IsNullOrWhiteSpace(worker))
        {
            return Answer(input, SessionTexts.NotIdentified);
        }

        var (session, others) = await TargetAsync(command, worker, cancellationToken);
        if (session is null)
        {
            return Answer(input, command.SessionId is null ? SessionTexts.NoSession : SessionTexts.Unknown);
        }

        if (!string.Equals(session.Worker.AadObjectId, worker, StringComparison.OrdinalIgnoreCase))
        {
            return Answer(input, SessionTexts.NotYours);
        }

        if (command.Kind == SessionCommandKind.Show)
        {
            var notice = others > 0 ? SessionTexts.OthersOpen(others) : null;
            return input.Kind == TurnKind.CardAction
                ? new TurnOutcome([], CardActionResult.Card(cards.Render(session, notice)))
                : TurnOutcome.Reply(BotReply.FromCard(cards.Render(session, notice)));
        }

        if (command.Duration is null && command.Kind is SessionCommandKind.Extend or SessionCommandKind.RunningLate)
        {
            return Answer(input, SessionTexts.HowLong, session);
        }

        var result = await changes.ApplyAsync(session, command.Kind, command.Duration ?? TimeSpan.Zero, worker, cancellationToken);
        var text = result.Outcome switch
        {
            SessionChangeOutcome.Applied => Said(command, session, result),
            SessionChangeOutcome.AlreadyClosed => SessionTexts.AlreadyClosed(result.Session.CaseReference),
            _ => SessionTexts.Busy,
        };
        if (result.Outcome == SessionChangeOutcome.AlreadyClosed)
        {
            await notifications.UpdateCardAsync(result.Session, cancellationToken);
        }

        if (others > 0 && command.SessionId is null && result.Outcome == SessionChangeOutcome.Applied)
        {
            text += " " + SessionTexts.OthersOpen(others);
        }

        return Answer(input, text, result.Session);
    }

    /// <summary>The session a command means (the card's, else the soonest due), and how many other open sessions the worker has.</summary>
    private async Task<(VisitSession? Session, int Others)> TargetAsync(SessionCommand command, string worker, CancellationToken cancellationToken)
    {
        if (command.SessionId is { } id)
        {
            return (await sessions.FindAsync(id, cancellationToken), 0);
        }

        var open = await sessions.OpenForWorkerAsync(worker, cancellationToken);
        return open.Count == 0 ? (null, 0) : (open[0], open.Count - 1);
    }

    private string Said(SessionCommand command, VisitSession before, SessionChangeResult result)
    {
        var session = result.Session;
        var dueBack = times.Text(session.DueBackAt);
        var text = command.Kind switch
        {
            SessionCommandKind.Arrive when before.Overdue == OverdueStage.Escalated => SessionTexts.ArrivedAfterAlert(session.CaseReference),
            SessionCommandKind.Arrive when session.IsOverdueAt(clock.GetUtcNow()) =>
                SessionTexts.ArrivedLate(session.CaseReference, dueBack, times.Text(notifications.EscalatesAt(session))),
            SessionCommandKind.Arrive => SessionTexts.Arrived(session.CaseReference, dueBack),
            SessionCommandKind.Leave => SessionTexts.Left(session.CaseReference),
            SessionCommandKind.Extend => SessionTexts.Extended(session.CaseReference, SessionTimes.Duration(command.Duration!.Value), dueBack),
            _ => SessionTexts.Late(session.CaseReference, SessionTimes.Duration(command.Duration!.Value), dueBack),
        };
        return result.AlertStoodDown ? $"{text} {SessionTexts.StoodDown}" : text;
    }

    // An invoke is answered in its HTTP response (the card with the words above it, or a banner); anything else by a message.
    private TurnOutcome Answer(TurnInput input, string text, VisitSession? session = null) =>
        input.Kind == TurnKind.CardAction
            ? new TurnOutcome([], session is null ? CardActionResult.Info(text) : CardActionResult.Card(cards.Render(session, text)))
            : TurnOutcome.Reply(BotReply.FromText(text));
}
