using System.Security.Claims;

namespace EngagementBot.Connector.Authentication;

/// <summary>
/// The outcome of inbound authentication: an identity, or the reason it failed (answer 401).
/// </summary>
public sealed record BotAuthenticationResult(
    bool IsAuthenticated,
    ClaimsIdentity? Identity,
    BotTokenIssuer? Issuer,
    AuthenticationFailureReason Failure)
{
    /// <summary>True when authentication is switched off (development only).</summary>
    public bool IsDevelopment => IsAuthenticated && Issuer == BotTokenIssuer.Development;

    /// <summary>The calling application (<c>appid</c>, or <c>azp</c> on v2 Entra tokens).</summary>
    public string? AppId => FindClaim(BotClaimTypes.AppId) ?? FindClaim(BotClaimTypes.AuthorizedParty);

    /// <summary>The <c>serviceurl</c> claim the token carried, if any.</summary>
    public string? ServiceUrl => FindClaim(BotClaimTypes.ServiceUrl);

    public static BotAuthenticationResult Success(ClaimsIdentity identity, BotTokenIssuer issuer) =>
        new(true, identity, issuer, AuthenticationFailureReason.None);

    public static BotAuthenticationResult Failed(AuthenticationFailureReason reason) =>
        new(false, null, null, reason);

    private string? FindClaim(string type) => Identity?.FindFirst(type)?.Value;
}
