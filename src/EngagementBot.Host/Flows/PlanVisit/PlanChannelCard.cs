using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Composition;
using EngagementBot.Dialogs.Parsing;
using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Host.Flows.Channels;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>Renders the <c>plan-channel</c> card from a <see cref="PlanChannelCopy"/> and the pack's own advice, nothing else.</summary>
public sealed class PlanChannelCard(ICardTemplates templates, PackCatalog packs, IOptions<DialogOptions> options) : IChannelThreadCard<PlanChannelPost>
{
    public const string TemplateId = "plan-channel";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private readonly TimeZoneInfo _zone = ZonedClock.FindZone(options.Value.TimeZone);

    public string Render(PlanChannelPost post) => Render(post?.Copy ?? throw new ArgumentNullException(nameof(post)));

    public string Render(PlanChannelCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var pack = packs.TryGet(copy.PackId, out var found) ? found : packs.Active;
        return templates.Render(TemplateId, Data(copy, pack, _zone));
    }

    /// <summary>
    /// The template data: the (escaped) case reference, the visit and return times in <paramref name="zone"/>,
    /// the level's fixed wording and colour, and for each recommendation id the pack's words for it (ids the
    /// pack lacks are left out).
    /// </summary>
    public static JsonObject Data(PlanChannelCopy copy, ProcedurePack pack, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(zone);
        var byId = pack.Recommendations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var advice = copy.RecommendationIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => byId.TryGetValue(id, out var r) ? r : null)
            .OfType<Recommendation>()
            .Select(r => r.Audience == RecommendationAudience.Manager ? $"For the manager: {r.Text}" : r.Text);
        return new JsonObject
        {
            ["caseReference"] = CardText.Escape(copy.CaseReference),
            ["visit"] = Time(copy.VisitAt, zone),
            ["returnBy"] = Time(copy.ReturnBy, zone),
            ["level"] = VisitVocabulary.RiskLevels.Text(copy.RiskLevel),
            ["style"] = PlanRiskLevels.Style(copy.RiskLevel),
            ["advice"] = new JsonArray([.. advice.Select(a => new JsonObject { ["text"] = CardText.Escape(a) })]),
        };
    }

    private static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM yyyy, HH:mm", EnGb);
}
