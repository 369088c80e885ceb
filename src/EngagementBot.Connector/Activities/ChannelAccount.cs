using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Connector.Activities;

/// <summary>A participant (user or bot) as the channel names it; ids are opaque.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
