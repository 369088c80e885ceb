using EngagementBot.Connector.Client.Tokens;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>Stands in for MSAL (no Entra ID here): the connector client gets a fixed token.</summary>
public sealed class StaticTokenProvider(string token) : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}
