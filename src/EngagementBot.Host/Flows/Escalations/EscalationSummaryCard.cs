using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>Renders the <c>escalation-summary</c> channel card from an <see cref="EscalationSummary"/> and the pack's own labels, nothing else.</summary>
public sealed class EscalationSummaryCard(ICardTemplates templates, PackCatalog packs) : IChannelThreadCard<EscalationSummaryPost>
{
    public const string TemplateId = "escalation-summary";

    public string Render(EscalationSummaryPost post) => Render(post?.Summary ?? throw new ArgumentNullException(nameof(post)));

    public string Render(EscalationSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var path = packs.TryGet(summary.PackId, out var pack) ? pack.EscalationPath : packs.Active.EscalationPath;
        return templates.Render(TemplateId, Data(summary, path));
    }

    /// <summary>
    /// The template data: the (escaped) case reference, the concern's fixed wording, the date, and for each
    /// action kind the label of that action node in <paramref name="path"/> (kinds it lacks are left out).
    /// </summary>
    public static JsonObject Data(EscalationSummary summary, EscalationPath path)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(path);
        var labels = summary.ActionKinds
            .Select(path.Find)
            .Where(n => n is { Kind: EscalationNodeKind.Action, Label: not null })
            .Select(n => n!.Label!)
            .Distinct(StringComparer.Ordinal);
        return new JsonObject
        {
            ["caseReference"] = CardText.Escape(summary.CaseReference),
            ["concern"] = EscalationTexts.Concern(summary.Concern),
            ["date"] = EscalationTexts.Day(summary.Date),
            ["actions"] = new JsonArray([.. labels.Select(l => new JsonObject { ["text"] = CardText.Escape(l) })]),
        };
    }
}
