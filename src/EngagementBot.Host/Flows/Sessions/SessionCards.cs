using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Visits;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Renders the <c>session</c> card: the session's state, case, times and, while it is open, the buttons
/// (Arrived until they have, Left safely, Extend 30 minutes, Running late). "I need help" is always
/// there and sends <c>{"command":"sos"}</c> like the menu's. Every string shown is escaped.
/// </summary>
public sealed class SessionCards(ICardTemplates templates)
{
    public const string TemplateId = "session";

    /// <param name="notice">A line above the card (what just happened, or the prompt); null for none.</param>
    /// <param name="urgent">Shows the notice in the attention colour (prompts and chases).</param>
    public string Render(VisitSession session, string? notice, bool urgent = false)
    {
        ArgumentNullException.ThrowIfNull(session);
        var data = new JsonObject
        {
            ["sessionId"] = session.Id.ToString("D"),
            ["title"] = CardText.Escape($"Your visit: {session.CaseReference}"),
            ["status"] = CardText.Escape(Status(session)),
            ["tone"] = Tone(session),
            ["facts"] = Facts(session),
            ["isOpen"] = session.IsOpen,
            ["canArrive"] = session.State == SessionState.Planned,
        };
        if (notice is not null)
        {
            data["notice"] = CardText.Escape(notice);
            data["noticeTone"] = urgent ? "attention" : "good";
        }

        if (session.IsOpen && session.Overdue == OverdueStage.Escalated)
        {
            data["alert"] = CardText.Escape(SessionTexts.CardAlertRaised);
        }

        if (session.IsOpen)
        {
            data["hint"] = CardText.Escape(SessionTexts.CardHint);
        }

        return templates.Render(TemplateId, data);
    }

    private static string Status(VisitSession session) => session switch
    {
        { State: SessionState.Closed } when string.Equals(session.ClosedBy, session.Worker.AadObjectId, StringComparison.OrdinalIgnoreCase) => "Closed — you left safely",
        { State: SessionState.Closed } => "Closed",
        { Overdue: not OverdueStage.None } => "Overdue — please check in",
        { State: SessionState.OnSite } => "On site",
        _ => "Planned — not arrived yet",
    };

    private static string Tone(VisitSession session) => session switch
    {
        { State: SessionState.Closed } => "good",
        { Overdue: not OverdueStage.None } => "attention",
        { State: SessionState.OnSite } => "accent",
        _ => "default",
    };

    private static JsonArray Facts(VisitSession session)
    {
        var facts = new JsonArray
        {
            Fact("Case", CardText.Escape(session.CaseReference)),
            Fact("Where", VisitVocabulary.Venues.TryParse(session.Whereabouts.Venue, out var venue) ? VisitVocabulary.Venues.Text(venue) : "Not recorded"),
            Fact("Visit", SessionTimes.Card(session.VisitAt)),
            Fact("Back by", SessionTimes.Card(session.DueBackAt)),
        };
        if (session.ArrivedAt is { } arrived)
        {
            facts.Add(Fact("Arrived", SessionTimes.Card(arrived)));
        }

        if (session.ClosedAt is { } closed)
        {
            facts.Add(Fact("Left", SessionTimes.Card(closed)));
        }

        return facts;
    }

    // Values are escaped by the caller when they carry user text; the Teams date functions must stay as they are.
    private static JsonObject Fact(string label, string value) => new() { ["label"] = label, ["value"] = value };
}
