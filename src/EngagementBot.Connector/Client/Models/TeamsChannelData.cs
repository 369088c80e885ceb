using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Connector.Client.Models;

/// <summary>The Teams <c>channelData</c> the bot writes when it creates conversations.</summary>
public sealed record TeamsChannelData
{
    public TeamsIdentifier? Channel { get; init; }

    public TeamsIdentifier? Team { get; init; }

    public TeamsIdentifier? Tenant { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>An <c>{"id":"…"}</c> object (channel, team or tenant).</summary>
public sealed record TeamsIdentifier(string Id);
