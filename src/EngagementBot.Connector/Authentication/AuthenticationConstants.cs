namespace EngagementBot.Connector.Authentication;

/// <summary>Issuers and limits of inbound Bot Connector tokens.</summary>
public static class AuthenticationConstants
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string SigningAlgorithm = "RS256";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The issuers Entra uses for tokens of a single tenant (v2 and v1 endpoints).</summary>
    public static IReadOnlyList<string> EntraIssuers(string tenantId) =>
    [
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
        $"https://sts.windows.net/{tenantId}/",
    ];

    public const string MetadataHttpClientName = "EngagementBot.Connector.OpenIdMetadata";
}
