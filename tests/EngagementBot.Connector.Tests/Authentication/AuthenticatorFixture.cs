using EngagementBot.Connector.Authentication;
using EngagementBot.Connector.Configuration;
using EngagementBot.Connector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Connector.Tests.Authentication;

/// <summary>A BotAuthenticator wired to local Bot Framework and Entra metadata servers.</summary>
public sealed class AuthenticatorFixture : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TenantId = "99999999-8888-7777-6666-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ChannelId = "msteams";
    public const string BotFrameworkMetadataUrl = "https://login.bf.test/v1/.well-known/openidconfiguration";
    public const string EntraMetadataUrl = "https://login.entra.test/tenant/v2.0/.well-known/openid-configuration";

    public AuthenticatorFixture(string botFrameworkMetadataUrl = BotFrameworkMetadataUrl, bool developmentAuthentication = false)
    {
        BotFrameworkKey = new TestSigningKey("bf-key-1", "msteams", "webchat");
        EntraKey = new TestSigningKey("entra-key-1");
        BotFramework = new OpenIdTestServer(botFrameworkMetadataUrl, AuthenticationConstants.BotFrameworkIssuer, BotFrameworkKey);
        Entra = new OpenIdTestServer(EntraMetadataUrl, $"https://login.microsoftonline.com/{TenantId}/v2.0", EntraKey);
        Handler = new StubHttpHandler((request, _) =>
            BotFramework.TryAnswer(request) ?? Entra.TryAnswer(request) ?? StubHttpHandler.Json(System.Net.HttpStatusCode.NotFound, null));

        var factory = new Mock<IHttpClientFactory>();
        factory.Setup(f => f.CreateClient(AuthenticationConstants.MetadataHttpClientName))
            .Returns(() => new HttpClient(Handler, disposeHandler: false));

        Options = new BotOptions
        {
            AppId = AppId,
            AppPassword = "secret",
            TenantId = TenantId,
            OpenIdMetadataUrl = botFrameworkMetadataUrl,
            EntraOpenIdMetadataUrl = EntraMetadataUrl,
            DevelopmentAuthentication = developmentAuthentication,
        };
        Authenticator = new BotAuthenticator(
            Microsoft.Extensions.Options.Options.Create(Options),
            factory.Object,
            Time,
            NullLogger<BotAuthenticator>.Instance);
    }

    public TestSigningKey BotFrameworkKey { get; }

    public TestSigningKey EntraKey { get; }

    public OpenIdTestServer BotFramework { get; }

    public OpenIdTestServer Entra { get; }

    public StubHttpHandler Handler { get; }

    public RecordingTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public BotOptions Options { get; }

    public BotAuthenticator Authenticator { get; }

    public string BotFrameworkToken(
        TestSigningKey? key = null,
        string? audience = null,
        string? issuer = null,
        string? serviceUrl = ServiceUrl,
        DateTime? expires = null,
        DateTime? notBefore = null) =>
        TestTokens.Create(key ?? BotFrameworkKey, issuer ?? AuthenticationConstants.BotFrameworkIssuer, audience ?? AppId, serviceUrl, expires, notBefore);

    public Task<BotAuthenticationResult> AuthenticateAsync(string? header, string? channelId = ChannelId, string? serviceUrl = ServiceUrl) =>
        Authenticator.AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);

    public void Dispose()
    {
        Authenticator.Dispose();
        Handler.Dispose();
        BotFrameworkKey.Dispose();
        EntraKey.Dispose();
    }
}
