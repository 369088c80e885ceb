using System.Text.Json.Nodes;
using EngagementBot.Cards;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Host.Adapters;

/// <summary>The dialog engine's card port, served by the Adaptive Card templates in <c>cards/</c>.</summary>
public sealed class CardRenderer(ICardTemplates templates) : ICardRenderer
{
    public string Render(string templateId, JsonNode data) => templates.Render(templateId, data);
}
