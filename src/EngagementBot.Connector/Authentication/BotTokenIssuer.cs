namespace EngagementBot.Connector.Authentication;

/// <summary>Who vouched for an authenticated request.</summary>
public enum BotTokenIssuer
{
    /// <summary>Nobody: development authentication is on and every request is accepted.</summary>
    Development,
    /// <summary>The Bot Connector service (<c>https://api.botframework.com</c>).</summary>
    BotFramework,
    /// <summary>Microsoft Entra ID for the bot's own tenant.</summary>
    Entra,
}
