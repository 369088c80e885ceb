using System.Text.Json.Serialization;

namespace EngagementBot.Graph.Managers;

/// <summary>Where the primary approver came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApproverSource>))]
public enum ApproverSource
{
    /// <summary>Graph has no manager for the user and no fallback is configured: nobody to ask.</summary>
    None,

    /// <summary>The user's line manager in Graph.</summary>
    LineManager,

    /// <summary>Graph has no manager for the user; <c>Graph:FallbackManagerAadObjectId</c> stands in.</summary>
    Fallback,
}
