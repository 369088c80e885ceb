namespace EngagementBot.Connector.Client.Tokens;

/// <summary>
/// No token at all: only for development authentication without credentials, where the local
/// Agents Playground's connector accepts unauthenticated calls.
/// </summary>
public sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
