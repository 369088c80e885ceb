using System.Security.Claims;
using EngagementBot.Connector.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EngagementBot.Connector.Authentication;

/// <summary>
/// Inbound authentication as the Bot Connector defines it: a Bearer JWT signed with a key from the
/// OpenID metadata, issued by the Bot Connector (audience = app id, <c>serviceurl</c> claim =
/// activity service URL, key endorsed for the activity's channel) or by Entra for the bot's own
/// tenant. Fails closed: anything unexpected is a failure, never an exception. Tokens are never logged.
/// </summary>
public sealed partial class BotAuthenticator : IBotAuthenticator, IDisposable
{
    private static readonly JsonWebTokenHandler TokenHandler = new() { MapInboundClaims = false };

    private readonly BotOptions _options;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly OpenIdMetadataCache? _botFrameworkKeys;
    private readonly OpenIdMetadataCache? _entraKeys;
    private readonly IReadOnlyList<string> _entraIssuers;

    public BotAuthenticator(
        IOptions<BotOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _logger = logger;
        if (_options.DevelopmentAuthentication)
        {
            _entraIssuers = [];
            return;
        }

        HttpClient CreateClient() => httpClientFactory.CreateClient(AuthenticationConstants.MetadataHttpClientName);
        _botFrameworkKeys = new OpenIdMetadataCache(_options.OpenIdMetadataUrl, CreateClient, timeProvider, logger);
        var entraMetadata = _options.EffectiveEntraOpenIdMetadataUrl;
        if (entraMetadata is not null && !string.IsNullOrWhiteSpace(_options.TenantId))
        {
            _entraKeys = new OpenIdMetadataCache(entraMetadata, CreateClient, timeProvider, logger);
            _entraIssuers = AuthenticationConstants.EntraIssuers(_options.TenantId);
        }
        else
        {
            _entraIssuers = [];
        }
    }

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? activityChannelId,
        string? activityServiceUrl,
        CancellationToken cancellationToken)
    {
        if (_options.DevelopmentAuthentication)
        {
            return BotAuthenticationResult.Success(DevelopmentIdentity(), BotTokenIssuer.Development);
        }

        try
        {
            var result = await AuthenticateTokenAsync(authorizationHeader, activityChannelId, activityServiceUrl, cancellationToken);
            if (!result.IsAuthenticated)
            {
                LogRejected(_logger, result.Failure, null);
            }

            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogRejected(_logger, AuthenticationFailureReason.InvalidToken, ex.GetType().Name);
            return BotAuthenticationResult.Failed(AuthenticationFailureReason.InvalidToken);
        }
    }

    private async Task<BotAuthenticationResult> AuthenticateTokenAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotAuthenticationResult.Failed(AuthenticationFailureReason.MissingAuthorizationHeader);
        }

        if (!BearerHeader.TryGetToken(authorizationHeader, out var rawToken))
        {
            return BotAuthenticationResult.Failed(AuthenticationFailureReason.MalformedAuthorizationHeader);
        }

        if (!TokenHandler.CanReadToken(rawToken))
        {
            return BotAuthenticationResult.Failed(AuthenticationFailureReason.MalformedToken);
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(rawToken);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return BotAuthenticationResult.Failed(AuthenticationFailureReason.MalformedToken);
        }

        if (string.Equals(token.Issuer, AuthenticationConstants.BotFrameworkIssuer, StringComparison.Ordinal) && _botFrameworkKeys is not null)
        {
            return await ValidateAsync(token, _botFrameworkKeys, [AuthenticationConstants.BotFrameworkIssuer], BotTokenIssuer.BotFramework, channelId, serviceUrl, cancellationToken);
        }

        if (_entraKeys is not null && _entraIssuers.Contains(token.Issuer, StringComparer.Ordinal))
        {
            return await ValidateAsync(token, _entraKeys, _entraIssuers, BotTokenIssuer.Entra, channelId, serviceUrl, cancellationToken);
        }

        return BotAuthenticationResult.Failed(AuthenticationFailureReason.UntrustedIssuer);
    }

    private async Task<BotAuthenticationResult> ValidateAsync(
        JsonWebToken token,
        OpenIdMetadataCache keySource,
        IReadOnlyList<string> issuers,
        BotTokenIssuer issuer,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        OpenIdKeySnapshot keys;
        try
        {
            keys = await keySource.GetAsync(cancellationToken);
            if (!string.IsNullOrEmpty(token.Kid) && !keys.HasKey(token.Kid))
            {
                keys = await keySource.RefreshAsync(cancellationToken);
                if (!keys.HasKey(token.Kid))
                {
                    return BotAuthenticationResult.Failed(AuthenticationFailureReason.UnknownSigningKey);
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRejected(_logger, AuthenticationFailureReason.MetadataUnavailable, ex.GetType().Name);
            return BotAuthenticationResult.Failed(AuthenticationFailureReason.MetadataUnavailable);
        }

        var validation = await TokenHandler.ValidateTokenAsync(token, CreateParameters(keys, issuers));
        if (!validation.IsValid)
        {
            return BotAuthenticationResult.Failed(MapFailure(validation.Exception));
        }

        var serviceUrlClaim = token.TryGetPayloadValue<string>(BotClaimTypes.ServiceUrl, out var claimed) ? claimed : null;
        if (issuer == BotTokenIssuer.BotFramework)
        {
            if (!ServiceUrlComparer.AreSame(serviceUrlClaim, serviceUrl))
            {
                return BotAuthenticationResult.Failed(AuthenticationFailureReason.ServiceUrlMismatch);
            }

            var keyId = validation.SecurityToken?.SigningKey?.KeyId ?? token.Kid;
            if (string.IsNullOrWhiteSpace(channelId) || !keys.IsEndorsed(keyId, channelId))
            {
                return BotAuthenticationResult.Failed(AuthenticationFailureReason.ChannelNotEndorsed);
            }
        }
        else
        {
            // Entra-issued tokens (a local emulator using the bot's own registration) carry no
            // channel endorsement and often no serviceurl claim. Only the bot's own app may call
            // this way; otherwise any app in the tenant could steer our outbound token to a URL of
            // its choosing through activity.serviceUrl.
            var caller = token.TryGetPayloadValue<string>("azp", out var azp) ? azp
                : token.TryGetPayloadValue<string>("appid", out var appId) ? appId
                : null;
            if (!string.Equals(caller, _options.AppId, StringComparison.Ordinal))
            {
                return BotAuthenticationResult.Failed(AuthenticationFailureReason.UntrustedCaller);
            }

            if (serviceUrlClaim is not null && !ServiceUrlComparer.AreSame(serviceUrlClaim, serviceUrl))
            {
                return BotAuthenticationResult.Failed(AuthenticationFailureReason.ServiceUrlMismatch);
            }
        }

        return BotAuthenticationResult.Success(validation.ClaimsIdentity, issuer);
    }

    public void Dispose()
    {
        _botFrameworkKeys?.Dispose();
        _entraKeys?.Dispose();
    }

    private TokenValidationParameters CreateParameters(OpenIdKeySnapshot keys, IReadOnlyList<string> issuers) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudience = _options.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = AuthenticationConstants.ClockSkew,
        RequireSignedTokens = true,
        ValidAlgorithms = [AuthenticationConstants.SigningAlgorithm],
        IssuerSigningKeys = keys.SigningKeys,
        TryAllIssuerSigningKeys = true,
        SaveSigninToken = false,
        LogValidationExceptions = false,
    };

    private static AuthenticationFailureReason MapFailure(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => AuthenticationFailureReason.InvalidAudience,
        SecurityTokenInvalidIssuerException => AuthenticationFailureReason.UntrustedIssuer,
        SecurityTokenExpiredException => AuthenticationFailureReason.Expired,
        SecurityTokenNotYetValidException => AuthenticationFailureReason.NotYetValid,
        SecurityTokenNoExpirationException => AuthenticationFailureReason.InvalidLifetime,
        SecurityTokenInvalidLifetimeException => AuthenticationFailureReason.InvalidLifetime,
        SecurityTokenSignatureKeyNotFoundException => AuthenticationFailureReason.UnknownSigningKey,
        SecurityTokenInvalidAlgorithmException => AuthenticationFailureReason.InvalidAlgorithm,
        SecurityTokenInvalidSignatureException => AuthenticationFailureReason.InvalidSignature,
        SecurityTokenMalformedException => AuthenticationFailureReason.MalformedToken,
        _ => AuthenticationFailureReason.InvalidToken,
    };

    private ClaimsIdentity DevelopmentIdentity() => new(
        [new Claim(BotClaimTypes.AppId, string.IsNullOrWhiteSpace(_options.AppId) ? "development" : _options.AppId)],
        authenticationType: "Development");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound request rejected: {Reason} {ExceptionType}")]
    private static partial void LogRejected(ILogger logger, AuthenticationFailureReason reason, string? exceptionType);
}
