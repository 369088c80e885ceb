using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Turns;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Engagement;

namespace EngagementBot.Host.Flows.Chronology;

/// <summary>
/// "summary C-1234": the three-month summary of a case from every agency (the <c>summary</c> card): a
/// headline such as "4 of 6 appointments missed; child not seen for 23 days; 2 agencies report hostility"
/// (in the pack's words for the person at risk), then the counts. Counts only: never notes or narrative.
/// </summary>
public sealed class SummaryView(CaseFactsReader factsReader, ICardRenderer cards, PackCatalog packs, EngagementClock clock)
{
    public const int Months = 3;

    public async Task<CaseSummary> BuildAsync(string caseReference, CancellationToken cancellationToken) =>
        CaseSummary.Build(await factsReader.ReadAsync(caseReference, cancellationToken), clock.Today, Months);

    /// <summary>The headline: the patterns that matter most, joined with semicolons.</summary>
    public string Headline(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var person = packs.Active.Terms.PersonAtRisk;
        var parts = new List<string>();
        if (summary.Appointments > 0)
        {
            parts.Add($"{summary.Missed} of {summary.Appointments} appointments missed" + (summary.Cancelled > 0 ? $" ({summary.Cancelled} cancelled)" : ""));
        }

        if (summary.DaysNotSeen is > 0 and var days)
        {
            parts.Add($"{person} not seen for {days} {(days == 1 ? "day" : "days")}");
        }

        if (summary.AccessRefused > 0)
        {
            parts.Add($"access refused {Times(summary.AccessRefused)}");
        }

        if (summary.HostileAgencies.Count > 0)
        {
            parts.Add($"{summary.HostileAgencies.Count} {(summary.HostileAgencies.Count == 1 ? "agency reports" : "agencies report")} hostility");
        }

        return parts.Count == 0 ? "No worrying pattern in the last three months." : Capitalise(string.Join("; ", parts)) + ".";
    }

    public async Task<BotReply> RenderAsync(string caseReference, CancellationToken cancellationToken)
    {
        var summary = await BuildAsync(caseReference, cancellationToken);
        var person = packs.Active.Terms.PersonAtRisk;
        var facts = new JsonArray
        {
            Fact("Appointments", summary.Appointments == 0 ? "none logged" : $"{summary.Missed} of {summary.Appointments} missed, {summary.Cancelled} cancelled"),
            Fact("No answer at the door", Times(summary.NoAccess)),
            Fact("Access refused", Times(summary.AccessRefused)),
            Fact(Capitalise($"{person} last seen"), summary.DaysNotSeen switch
            {
                null => "not recorded",
                0 => "today",
                var days => $"{days} {(days == 1 ? "day" : "days")} ago",
            }),
            Fact("Hostility reported by", summary.HostileAgencies.Count == 0 ? "no agency" : string.Join(", ", summary.HostileAgencies)),
        };
        var others = summary.Counts
            .Where(c => c.Key is not (EngagementKind.MissedAppointment or EngagementKind.CancelledAppointment or EngagementKind.AppointmentKept or EngagementKind.NoAccess or EngagementKind.AccessRefused))
            .OrderBy(c => c.Key)
            .Select(c => $"{EngagementVocabulary.Text(c.Key, person)}: {c.Value}")
            .ToList();
        if (others.Count > 0)
        {
            facts.Add(Fact("Also logged", string.Join("; ", others)));
        }

        facts.Add(Fact("Agencies logging", summary.Agencies.ToString(CultureInfo.InvariantCulture)));
        var data = new JsonObject
        {
            ["title"] = CardText.Escape($"Three-month summary: case {caseReference}"),
            ["subtitle"] = CardText.Escape(Headline(summary)),
            ["facts"] = facts,
            ["note"] = CardText.Escape($"{clock.Text(summary.From)} to today, from the engagement log, incidents and hazard flags of every agency. Private notes are never included. For the timeline type \"chronology {caseReference}\"."),
        };
        return BotReply.FromCard(cards.Render(Dialogs.Ports.CardTemplates.Summary, data));
    }

    private static JsonObject Fact(string label, string value) => new() { ["label"] = CardText.Escape(label), ["value"] = CardText.Escape(value) };

    private static string Times(int count) => count switch
    {
        0 => "none",
        1 => "once",
        2 => "twice",
        _ => $"{count} times",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
