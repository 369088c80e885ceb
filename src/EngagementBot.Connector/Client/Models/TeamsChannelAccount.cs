using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Connector.Client.Models;

/// <summary>A conversation member as <c>GET /v3/conversations/{id}/members/{userId}</c> returns it.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    /// <summary>Some connectors name the directory id <c>objectId</c> instead of <c>aadObjectId</c>.</summary>
    public string? ObjectId { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The directory object id, whichever field carried it.</summary>
    [JsonIgnore]
    public string? DirectoryObjectId => AadObjectId ?? ObjectId;
}
