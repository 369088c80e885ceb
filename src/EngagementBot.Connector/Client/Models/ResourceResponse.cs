namespace EngagementBot.Connector.Client.Models;

/// <summary>The id the connector gave a sent or updated activity (may be absent for updates).</summary>
public sealed record ResourceResponse(string? Id);
