namespace EngagementBot.Connector.Client.Models;

/// <summary>
/// A conversation the connector created: its id, the id of the root activity (channel threads),
/// and the service URL to use for it when the connector names a different one.
/// </summary>
public sealed record ConversationResourceResponse(string Id, string? ActivityId, string? ServiceUrl);
