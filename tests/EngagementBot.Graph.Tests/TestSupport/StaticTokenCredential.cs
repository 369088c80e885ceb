using Azure.Core;

namespace EngagementBot.Graph.Tests.TestSupport;

/// <summary>There is no Entra ID here: a fixed bearer token, as the fake Graph only checks one is present.</summary>
internal sealed class StaticTokenCredential(string token) : TokenCredential
{
    /// <summary>The scopes of the last token request.</summary>
    public IReadOnlyList<string> LastScopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        LastScopes = requestContext.Scopes;
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
