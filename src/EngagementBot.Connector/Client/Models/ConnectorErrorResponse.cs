namespace EngagementBot.Connector.Client.Models;

/// <summary>The connector's error body: <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
public sealed record ConnectorErrorResponse(ConnectorError? Error);

public sealed record ConnectorError(string? Code, string? Message);
