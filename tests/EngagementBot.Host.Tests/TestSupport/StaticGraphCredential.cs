using Azure.Core;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>There is no Entra ID in tests: a fixed bearer token for the fake Graph, which only checks one is present.</summary>
public sealed class StaticGraphCredential(string token) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
