using EngagementBot.Connector.Authentication;
using EngagementBot.Connector.Tests.TestSupport;

namespace EngagementBot.Connector.Tests.Authentication;

public sealed class BotAuthenticatorTests : IDisposable
{
    private readonly AuthenticatorFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task AuthenticateAsync_ValidBotFrameworkToken_ReturnsIdentityWithServiceUrl()
    {
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());

        Assert.True(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.None, result.Failure);
        Assert.Equal(BotTokenIssuer.BotFramework, result.Issuer);
        Assert.False(result.IsDevelopment);
        Assert.Equal(AuthenticatorFixture.ServiceUrl, result.ServiceUrl);
        Assert.Equal(AuthenticatorFixture.AppId, result.Identity!.FindFirst("aud")!.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCaseAndTrailingSlash_Accepts()
    {
        var token = _fixture.BotFrameworkToken(serviceUrl: "https://SMBA.trafficmanager.net/emea");

        var result = await _fixture.AuthenticateAsync("Bearer " + token, serviceUrl: "https://smba.trafficmanager.net/emea/");

        Assert.True(result.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_RejectsWithInvalidAudience()
    {
        var token = _fixture.BotFrameworkToken(audience: "some-other-bot");

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Null(result.Identity);
        Assert.Equal(AuthenticationFailureReason.InvalidAudience, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownIssuer_RejectsWithUntrustedIssuer()
    {
        var token = _fixture.BotFrameworkToken(issuer: "https://evil.example.com");

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.UntrustedIssuer, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraIssuerSignedWithBotFrameworkKey_RejectsSignature()
    {
        // Right Entra issuer, but the key is only in the Bot Framework JWKS: keys are per issuer.
        var token = _fixture.BotFrameworkToken(issuer: $"https://login.microsoftonline.com/{AuthenticatorFixture.TenantId}/v2.0");

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondClockSkew_RejectsAsExpired()
    {
        var now = DateTime.UtcNow;
        var token = _fixture.BotFrameworkToken(expires: now.AddMinutes(-6), notBefore: now.AddMinutes(-60));

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.Expired, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Accepts()
    {
        var now = DateTime.UtcNow;
        var token = _fixture.BotFrameworkToken(expires: now.AddMinutes(-3), notBefore: now.AddMinutes(-60));

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.True(result.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondClockSkew_RejectsAsNotYetValid()
    {
        var now = DateTime.UtcNow;
        var token = _fixture.BotFrameworkToken(notBefore: now.AddMinutes(10), expires: now.AddMinutes(60));

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.NotYetValid, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SignatureFromAnotherKeyWithSameKid_RejectsAsInvalidSignature()
    {
        using var impostor = new TestSigningKey(_fixture.BotFrameworkKey.KeyId, "msteams");
        var genuine = _fixture.BotFrameworkToken();
        var forged = TestTokens.WithForeignSignature(genuine, _fixture.BotFrameworkToken(key: impostor));

        var result = await _fixture.AuthenticateAsync("Bearer " + forged);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_TamperedPayload_RejectsAsInvalidSignature()
    {
        var token = _fixture.BotFrameworkToken();
        var parts = token.Split('.');
        var otherPayload = _fixture.BotFrameworkToken(serviceUrl: "https://attacker.example.com/").Split('.')[1];

        var result = await _fixture.AuthenticateAsync($"Bearer {parts[0]}.{otherPayload}.{parts[2]}", serviceUrl: "https://attacker.example.com/");

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_RejectsAsChannelNotEndorsed()
    {
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(), channelId: "slack");

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.ChannelNotEndorsed, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_RejectsAsChannelNotEndorsed()
    {
        using var bare = new TestSigningKey("bf-bare");
        _fixture.BotFramework.PublishKeys(_fixture.BotFrameworkKey, bare);

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(key: bare));

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.ChannelNotEndorsed, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingChannelId_FailsClosed()
    {
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(), channelId: null);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.ChannelNotEndorsed, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffersFromActivity_RejectsAsServiceUrlMismatch()
    {
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(), serviceUrl: "https://attacker.example.com/");

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkTokenWithoutServiceUrlClaim_RejectsAsServiceUrlMismatch()
    {
        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(serviceUrl: null));

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.ServiceUrlMismatch, result.Failure);
    }

    [Theory]
    [InlineData(null, AuthenticationFailureReason.MissingAuthorizationHeader)]
    [InlineData("", AuthenticationFailureReason.MissingAuthorizationHeader)]
    [InlineData("Basic dXNlcjpwYXNz", AuthenticationFailureReason.MalformedAuthorizationHeader)]
    [InlineData("Bearer", AuthenticationFailureReason.MalformedAuthorizationHeader)]
    [InlineData("Bearer ", AuthenticationFailureReason.MalformedAuthorizationHeader)]
    [InlineData("Bearer two words", AuthenticationFailureReason.MalformedAuthorizationHeader)]
    [InlineData("Bearer not-a-jwt", AuthenticationFailureReason.MalformedToken)]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.%%%%.abc", AuthenticationFailureReason.MalformedToken)]
    public async Task AuthenticateAsync_MissingOrGarbledHeader_RejectsWithReason(string? header, AuthenticationFailureReason expected)
    {
        var result = await _fixture.AuthenticateAsync(header);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(expected, result.Failure);
        Assert.Equal(0, _fixture.Handler.Calls);
    }

    [Fact]
    public async Task AuthenticateAsync_UnsignedToken_Rejects()
    {
        var parts = _fixture.BotFrameworkToken().Split('.');
        var header = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        var result = await _fixture.AuthenticateAsync($"Bearer {header}.{parts[1]}.");

        Assert.False(result.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKid_RefreshesOnceThenAcceptsNewKey()
    {
        Assert.True((await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken())).IsAuthenticated);
        Assert.Equal(1, _fixture.BotFramework.JwksFetches);
        using var rotated = new TestSigningKey("bf-key-2", "msteams");
        _fixture.BotFramework.PublishKeys(_fixture.BotFrameworkKey, rotated);

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(key: rotated));

        Assert.True(result.IsAuthenticated);
        Assert.Equal(2, _fixture.BotFramework.JwksFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidAgainWithinFiveMinutes_DoesNotRefetch()
    {
        using var stranger = new TestSigningKey("stranger-1", "msteams");
        using var stranger2 = new TestSigningKey("stranger-2", "msteams");
        var first = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(key: stranger));
        var fetchesAfterFirst = _fixture.BotFramework.JwksFetches;
        _fixture.Time.Advance(TimeSpan.FromMinutes(4));

        var second = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(key: stranger2));

        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, first.Failure);
        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, second.Failure);
        Assert.Equal(fetchesAfterFirst, _fixture.BotFramework.JwksFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidAfterFiveMinutes_RefetchesAndAccepts()
    {
        using var later = new TestSigningKey("bf-key-later", "msteams");
        await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(key: later));
        var fetches = _fixture.BotFramework.JwksFetches;
        _fixture.BotFramework.PublishKeys(_fixture.BotFrameworkKey, later);
        _fixture.Time.Advance(TimeSpan.FromMinutes(6));

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken(key: later));

        Assert.True(result.IsAuthenticated);
        Assert.Equal(fetches + 1, _fixture.BotFramework.JwksFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_KeysOlderThanADay_AreFetchedAgain()
    {
        await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());
        await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());
        Assert.Equal(1, _fixture.BotFramework.JwksFetches);
        _fixture.Time.Advance(TimeSpan.FromHours(25));

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());

        Assert.True(result.IsAuthenticated);
        Assert.Equal(2, _fixture.BotFramework.JwksFetches);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_RejectsWithoutThrowing()
    {
        _fixture.BotFramework.Unreachable = true;

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.MetadataUnavailable, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachableOnDailyRefresh_KeepsPreviousKeys()
    {
        await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());
        _fixture.BotFramework.Unreachable = true;
        _fixture.Time.Advance(TimeSpan.FromHours(25));

        var result = await _fixture.AuthenticateAsync("Bearer " + _fixture.BotFrameworkToken());

        Assert.True(result.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraV2TokenForTenant_AcceptsWithoutEndorsement()
    {
        var token = TestTokens.Create(
            _fixture.EntraKey,
            $"https://login.microsoftonline.com/{AuthenticatorFixture.TenantId}/v2.0",
            AuthenticatorFixture.AppId,
            serviceUrl: null,
            extraClaims: new Dictionary<string, object> { ["azp"] = AuthenticatorFixture.AppId });

        var result = await _fixture.AuthenticateAsync("Bearer " + token, channelId: "msteams");

        Assert.True(result.IsAuthenticated);
        Assert.Equal(BotTokenIssuer.Entra, result.Issuer);
        Assert.Equal(AuthenticatorFixture.AppId, result.AppId);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraV1TokenForTenant_Accepts()
    {
        var token = TestTokens.Create(
            _fixture.EntraKey,
            $"https://sts.windows.net/{AuthenticatorFixture.TenantId}/",
            AuthenticatorFixture.AppId,
            serviceUrl: null,
            extraClaims: new Dictionary<string, object> { ["appid"] = AuthenticatorFixture.AppId });

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.True(result.IsAuthenticated);
        Assert.Equal(AuthenticatorFixture.AppId, result.AppId);
    }

    [Theory]
    [InlineData("azp")]
    [InlineData("appid")]
    public async Task AuthenticateAsync_EntraTokenFromAnotherAppInTheTenant_RejectsAsUntrustedCaller(string claim)
    {
        var token = TestTokens.Create(
            _fixture.EntraKey,
            $"https://login.microsoftonline.com/{AuthenticatorFixture.TenantId}/v2.0",
            AuthenticatorFixture.AppId,
            serviceUrl: null,
            extraClaims: new Dictionary<string, object> { [claim] = "some-other-app" });

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.UntrustedCaller, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromAnotherTenant_RejectsAsUntrustedIssuer()
    {
        var token = TestTokens.Create(_fixture.EntraKey, "https://login.microsoftonline.com/other-tenant/v2.0", AuthenticatorFixture.AppId, serviceUrl: null);

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.False(result.IsAuthenticated);
        Assert.Equal(AuthenticationFailureReason.UntrustedIssuer, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenWithMismatchedServiceUrlClaim_Rejects()
    {
        var token = TestTokens.Create(
            _fixture.EntraKey,
            $"https://login.microsoftonline.com/{AuthenticatorFixture.TenantId}/v2.0",
            AuthenticatorFixture.AppId,
            serviceUrl: "https://attacker.example.com/",
            extraClaims: new Dictionary<string, object> { ["azp"] = AuthenticatorFixture.AppId });

        var result = await _fixture.AuthenticateAsync("Bearer " + token);

        Assert.Equal(AuthenticationFailureReason.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_DevelopmentMode_ReturnsDevelopmentIdentityWithoutFetchingMetadata()
    {
        using var development = new AuthenticatorFixture(developmentAuthentication: true);

        var result = await development.AuthenticateAsync(null, channelId: null, serviceUrl: "http://localhost:56150/_connector");

        Assert.True(result.IsAuthenticated);
        Assert.True(result.IsDevelopment);
        Assert.Equal(BotTokenIssuer.Development, result.Issuer);
        Assert.Equal("Development", result.Identity!.AuthenticationType);
        Assert.Equal(AuthenticatorFixture.AppId, result.AppId);
        Assert.Equal(0, development.Handler.Calls);
    }

    [Fact]
    public async Task AuthenticateAsync_LoopbackHttpMetadata_IsAllowed()
    {
        using var local = new AuthenticatorFixture(botFrameworkMetadataUrl: "http://127.0.0.1:53999/v1/.well-known/openidconfiguration");

        var result = await local.AuthenticateAsync("Bearer " + local.BotFrameworkToken());

        Assert.True(result.IsAuthenticated);
    }

    [Fact]
    public void Constructor_PlainHttpMetadataOnRemoteHost_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AuthenticatorFixture(botFrameworkMetadataUrl: "http://login.bf.test/v1/.well-known/openidconfiguration"));
    }
}
