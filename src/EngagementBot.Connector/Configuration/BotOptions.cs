namespace EngagementBot.Connector.Configuration;

/// <summary>The bot's identity and protocol settings, bound from the <c>Bot</c> configuration section.</summary>
public sealed record BotOptions
{
    public const string SectionName = "Bot";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The bot's Entra application (client) id; also the audience of inbound tokens.</summary>
    public string? AppId { get; set; }

    /// <summary>The client secret used to get outbound connector tokens.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The single tenant the bot's app registration lives in.</summary>
    public string? TenantId { get; set; }

    /// <summary>Bot Connector OpenID metadata (keys + endorsements).</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Overrides the Entra metadata derived from <see cref="TenantId"/>.</summary>
    public string? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>
    /// Turns inbound authentication OFF (local Agents Playground only). Never set in production.
    /// </summary>
    public bool DevelopmentAuthentication { get; set; }

    /// <summary>Outbound connector retries.</summary>
    public ConnectorRetryOptions Retry { get; set; } = new();

    /// <summary>The Entra metadata URL in effect, or null when no tenant is configured.</summary>
    public string? EffectiveEntraOpenIdMetadataUrl =>
        !string.IsNullOrWhiteSpace(EntraOpenIdMetadataUrl) ? EntraOpenIdMetadataUrl
        : string.IsNullOrWhiteSpace(TenantId) ? null
        : $"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>True when app id, secret and tenant are all set (outbound tokens are possible).</summary>
    public bool HasCredentials =>
        !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppPassword) && !string.IsNullOrWhiteSpace(TenantId);
}
