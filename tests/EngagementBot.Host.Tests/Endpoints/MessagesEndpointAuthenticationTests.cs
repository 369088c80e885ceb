using System.Net;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Host.Tests.Endpoints;

/// <summary>Inbound authentication through the real host, against a local OpenID/JWKS server.</summary>
public sealed class MessagesEndpointAuthenticationTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_ValidChannelToken_Returns200AndReplies()
    {
        var response = await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), _bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await _bot.Connector.WaitForCallsAsync(1);
        Assert.Equal("Bearer outbound-test-token", calls[0].Authorization);
    }

    public static TheoryData<string> RejectedTokens => new()
    {
        "wrong-audience",
        "wrong-issuer",
        "expired",
        "bad-signature",
        "serviceurl-mismatch",
        "not-a-jwt",
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Post_InvalidToken_Returns401AndDoesNothing(string kind)
    {
        var token = kind switch
        {
            "wrong-audience" => _bot.OpenId.CreateToken("someone-else", _bot.ServiceUrl),
            "wrong-issuer" => _bot.OpenId.CreateToken(BotHost.AppId, _bot.ServiceUrl, issuer: "https://evil.example"),
            "expired" => _bot.OpenId.CreateToken(
                BotHost.AppId, _bot.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-70)),
            "bad-signature" => _bot.OpenId.CreateToken(BotHost.AppId, _bot.ServiceUrl, signWith: FakeOpenIdServer.NewKey("key-1")),
            "serviceurl-mismatch" => _bot.OpenId.CreateToken(BotHost.AppId, "https://smba.trafficmanager.net/elsewhere/"),
            _ => "not-a-jwt",
        };

        var response = await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_bot.Connector.Calls);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinClockSkew_IsAccepted()
    {
        var token = _bot.OpenId.CreateToken(
            BotHost.AppId, _bot.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-3), notBefore: DateTime.UtcNow.AddMinutes(-60));

        var response = await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForChannel_Returns401()
    {
        var webchatOnly = _bot.OpenId.Rotate("key-webchat", "webchat");
        var token = _bot.OpenId.CreateToken(BotHost.AppId, _bot.ServiceUrl, signWith: webchatOnly);

        var response = await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_RotatedKey_RefreshesKeysAndAccepts()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), _bot.ValidToken())).StatusCode);
        var fetchesBefore = _bot.OpenId.KeyFetches;
        _bot.OpenId.Rotate("key-2", "msteams");

        var response = await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), _bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_bot.OpenId.KeyFetches > fetchesBefore);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task Post_MissingOrGarbledHeader_Returns401(string? header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TestActivities.Message("hi", _bot.ServiceUrl).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        var response = await _bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
