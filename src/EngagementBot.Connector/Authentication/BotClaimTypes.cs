namespace EngagementBot.Connector.Authentication;

/// <summary>Claim names the Bot Connector protocol uses.</summary>
public static class BotClaimTypes
{
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string Audience = "aud";
    public const string ServiceUrl = "serviceurl";
}
