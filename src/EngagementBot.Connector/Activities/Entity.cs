using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Connector.Activities;

/// <summary>
/// Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>…). Only the type is typed;
/// the rest (e.g. a mention's <c>mentioned</c> and <c>text</c>) stays in <see cref="ExtensionData"/>.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
