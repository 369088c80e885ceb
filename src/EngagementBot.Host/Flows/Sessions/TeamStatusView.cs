using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// "team status": for each team the viewer may see (<see cref="TeamStatusAccess"/>), one compact card of
/// its open sessions — overdue first, then the soonest deadline — each with the worker, case, deadline,
/// state and where its overdue alert stands. Anyone else hears, kindly, that it is for managers.
/// </summary>
public sealed class TeamStatusView(
    TeamStatusAccess access,
    ISessionStore sessions,
    IAlertStore alerts,
    ICardTemplates templates,
    SessionTimes times,
    TimeProvider clock)
{
    public const string TemplateId = "summary";

    public async Task<TurnOutcome> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var viewer = input.From.AadObjectId;
        var visible = string.IsNullOrWhiteSpace(viewer) ? [] : await access.TeamsForAsync(viewer, cancellationToken);
        if (visible.Count == 0)
        {
            return Reply(input, [BotReply.FromText(SessionTexts.ForManagersOnly)]);
        }

        var now = clock.GetUtcNow();
        var replies = new List<BotReply>();
        foreach (var team in visible)
        {
            var open = (await sessions.OpenForTeamAsync(team, cancellationToken))
                .OrderByDescending(s => s.IsOverdueAt(now))
                .ThenBy(s => s.DueBackAt)
                .ToList();
            if (open.Count > 0)
            {
                replies.Add(BotReply.FromCard(templates.Render(TemplateId, await CardAsync(team, open, now, cancellationToken))));
            }
        }

        return Reply(input, replies.Count == 0 ? [BotReply.FromText(SessionTexts.TeamAllClear)] : replies);
    }

    private async Task<JsonObject> CardAsync(string team, List<VisitSession> open, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overdue = open.Count(s => s.IsOverdueAt(now));
        var facts = new JsonArray();
        foreach (var session in open)
        {
            var label = (session.IsOverdueAt(now) ? "OVERDUE · " : string.Empty) + session.CaseReference;
            var parts = new List<string>
            {
                session.Worker.DisplayName ?? "A colleague",
                $"due back {times.Text(session.DueBackAt)}",
                session.State == SessionState.OnSite ? "on site" : "not arrived yet",
            };
            if (await AlertAsync(session, cancellationToken) is { } alert)
            {
                parts.Add(alert);
            }

            facts.Add(new JsonObject { ["label"] = CardText.Escape(label), ["value"] = CardText.Escape(string.Join(" · ", parts)) });
        }

        return new JsonObject
        {
            ["title"] = CardText.Escape($"Team status: {team}"),
            ["subtitle"] = CardText.Escape($"{Count(open.Count, "open visit")}{(overdue > 0 ? $", {overdue} overdue" : string.Empty)} · {times.Text(now)}"),
            ["facts"] = facts,
        };
    }

    private async Task<string?> AlertAsync(VisitSession session, CancellationToken cancellationToken)
    {
        if (session.AlertId is not { } id)
        {
            return null;
        }

        var alert = await alerts.FindAsync(id, cancellationToken);
        return alert?.State switch
        {
            AlertState.Raised => "alert raised, nobody has taken it yet",
            AlertState.Handled => $"alert taken by {alert.HandledByName ?? "a manager"}",
            AlertState.StoodDown => "alert stood down (checked in)",
            null => "alert raised",
            _ => null,
        };
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static TurnOutcome Reply(TurnInput input, List<BotReply> replies) =>
        input.Kind == TurnKind.CardAction
            ? new TurnOutcome([], replies[0].CardJson is { } card ? CardActionResult.Card(card) : CardActionResult.Info(replies[0].Text!))
            : new TurnOutcome(replies);
}
