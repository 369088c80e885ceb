namespace EngagementBot.Connector.Authentication;

/// <summary>Authenticates an inbound Bot Connector request. Never throws for bad input: fails closed.</summary>
public interface IBotAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header value.</param>
    /// <param name="activityChannelId">The activity's <c>channelId</c> (must be endorsed by the signing key).</param>
    /// <param name="activityServiceUrl">The activity's <c>serviceUrl</c> (must equal the token's <c>serviceurl</c>).</param>
    Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? activityChannelId,
        string? activityServiceUrl,
        CancellationToken cancellationToken);
}
