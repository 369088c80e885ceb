using System.Globalization;
using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Domain.Cases;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>Renders the <c>risk-alert</c> channel card from a <see cref="RiskAlert"/> and nothing else.</summary>
public sealed class RiskAlertCard(ICardTemplates templates) : IChannelThreadCard<RiskAlertPost>
{
    public const string TemplateId = "risk-alert";

    public string Render(RiskAlertPost post) => Render(post?.Alert ?? throw new ArgumentNullException(nameof(post)));

    public string Render(RiskAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return templates.Render(TemplateId, Data(alert));
    }

    /// <summary>The template data: vocabulary texts, the date, and the (escaped) case reference.</summary>
    public static JsonObject Data(RiskAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new JsonObject
        {
            ["caseReference"] = CardText.Escape(alert.CaseReference),
            ["kind"] = HazardVocabulary.Kinds.Text(alert.Kind),
            ["severity"] = HazardVocabulary.Severities.Text(alert.Severity),
            ["date"] = alert.Date.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
            ["advice"] = new JsonArray([.. alert.Advice.Select(a => new JsonObject { ["text"] = HazardVocabulary.Advice.Text(a) })]),
        };
    }
}
