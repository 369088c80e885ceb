namespace EngagementBot.Connector.Client.Tokens;

/// <summary>Supplies the bearer token for outbound connector calls.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// An access token for the connector, or null when calls go without one (local Playground).
    /// Throws <see cref="ConnectorException"/> when a token cannot be had.
    /// </summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
