using System.Net;
using System.Text.Json.Nodes;
using EngagementBot.Host.Tests.TestSupport;

namespace EngagementBot.Host.Tests.Endpoints;

/// <summary>Malformed requests, redeliveries, invokes and connector throttling through the real host.</summary>
public sealed class MessagesEndpointRequestTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation\"}")]
    public async Task Post_MalformedActivity_Returns400(string body)
    {
        var response = await _bot.PostRawAsync(body, _bot.ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_RedeliveredActivity_IsProcessedOnce()
    {
        var activity = TestActivities.Message("hi", _bot.ServiceUrl, id: "same-id");

        var first = await _bot.PostAsync(activity, _bot.ValidToken());
        var again = await _bot.PostAsync(activity, _bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await Task.Delay(300);
        Assert.Single(_bot.Connector.SentActivities);
    }

    [Fact]
    public async Task Post_Hello_RepliesToTheActivityWithTheMenuCard()
    {
        var activity = TestActivities.Message("hello", _bot.ServiceUrl, id: "act-hello");

        await _bot.PostAsync(activity, _bot.ValidToken());

        var call = (await _bot.Connector.WaitForCallsAsync(1))[0];
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/a%3Apersonal-1/activities/act-hello", call.Path);
        Assert.Equal("act-hello", call.Body!["replyToId"]!.GetValue<string>());
        var attachment = call.Body["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_ChannelMessageMentioningTheBot_StripsTheMentionAndAnswers()
    {
        await _bot.PostAsync(TestActivities.ChannelMention("help", _bot.ServiceUrl), _bot.ValidToken());

        var call = (await _bot.Connector.WaitForCallsAsync(1))[0];
        // "help" was understood (the menu card), not the fallback "didn't understand" text
        Assert.NotNull(call.Body!["attachments"]);
        Assert.Null(call.Body["text"]);
    }

    [Fact]
    public async Task Post_Installed_WelcomesWithACard()
    {
        await _bot.PostAsync(TestActivities.Installed(_bot.ServiceUrl), _bot.ValidToken());

        var call = (await _bot.Connector.WaitForCallsAsync(1))[0];
        Assert.Equal("/v3/conversations/a%3Apersonal-1/activities", call.Path);
        Assert.Equal("application/vnd.microsoft.card.adaptive", call.Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_CardActionInvoke_AnswersInTheSameResponse()
    {
        var response = await _bot.PostAsync(TestActivities.CardAction("unknown-verb", _bot.ServiceUrl), _bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Post_ConnectorThrottles_ReplyIsRetriedAfterRetryAfter()
    {
        _bot.Connector.FailNext(1, HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));

        var response = await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), _bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await _bot.Connector.WaitForCallsAsync(2);
        Assert.Equal(calls[0].Path, calls[1].Path);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), "the retry honoured Retry-After");
        Assert.Single(_bot.Connector.SentActivities.Skip(1));
    }
}
