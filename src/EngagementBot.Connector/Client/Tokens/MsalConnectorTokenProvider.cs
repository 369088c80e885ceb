using EngagementBot.Connector.Configuration;
using Microsoft.Identity.Client;

namespace EngagementBot.Connector.Client.Tokens;

/// <summary>
/// Client-credentials tokens for the Bot Connector from the bot's single tenant, cached and
/// renewed by MSAL's in-memory app token cache (one instance per process).
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string ConnectorScope = "https://api.botframework.com/.default";

    private static readonly string[] Scopes = [ConnectorScope];
    private readonly IConfidentialClientApplication _application;

    public MsalConnectorTokenProvider(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasCredentials)
        {
            throw new ArgumentException("Bot:AppId, Bot:AppPassword and Bot:TenantId are required for connector tokens.", nameof(options));
        }

        _application = ConfidentialClientApplicationBuilder
            .Create(options.AppId)
            .WithClientSecret(options.AppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{options.TenantId}")
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _application.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            throw new ConnectorException(
                "Could not acquire a connector token.",
                statusCode: ex is MsalServiceException service && service.StatusCode > 0 ? (System.Net.HttpStatusCode)service.StatusCode : null,
                errorCode: ex.ErrorCode,
                isTransient: ex.IsRetryable,
                retryAfter: null,
                innerException: ex);
        }
    }
}
