using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Ports;

namespace EngagementBot.Dialogs.Tests.TestDoubles;

/// <summary>Renders a card as <c>{"template": id, "data": data}</c> so tests can see exactly what the engine asked for.</summary>
public sealed class RecordingCardRenderer : ICardRenderer
{
    public List<(string Template, JsonNode Data)> Rendered { get; } = [];

    public string Render(string templateId, JsonNode data)
    {
        Rendered.Add((templateId, data.DeepClone()));
        return new JsonObject { ["template"] = templateId, ["data"] = data.DeepClone() }.ToJsonString();
    }
}
