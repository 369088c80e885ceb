using System.Net;
using System.Text.Json;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Connector.Client.Tokens;
using EngagementBot.Connector.Configuration;
using EngagementBot.Connector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Connector.Tests.Client;

public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1710000000000";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1710000000000";
    private const string ActivityId = "1:1710000000001";
    private const string EscapedActivityId = "1%3A1710000000001";

    private static readonly Activity Message = new() { Type = ActivityTypes.Message, Text = "hi" };
    private readonly RecordingTimeProvider _time = new();

    [Fact]
    public async Task ReplyToActivityAsync_Always_PostsToEscapedActivityPathAndReturnsId()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.OK, "{\"id\":\"new-1\"}");
        var client = CreateClient(stub, token: "tok-123");

        var result = await client.ReplyToActivityAsync(ServiceUrl, ConversationId, ActivityId, Message, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"https://smba.trafficmanager.net/emea/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer tok-123", request.Authorization);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("hi", JsonDocument.Parse(request.Body!).RootElement.GetProperty("text").GetString());
        Assert.Equal("new-1", result.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithoutTrailingSlash_PostsToActivitiesPath()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.Created, "{\"id\":\"new-2\"}");
        var client = CreateClient(stub);

        var result = await client.SendToConversationAsync("http://localhost:56150/_connector", "personal-chat-id", Message, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://localhost:56150/_connector/v3/conversations/personal-chat-id/activities", request.Uri.AbsoluteUri);
        Assert.Null(request.Authorization);
        Assert.Equal("new-2", result.Id);
    }

    [Fact]
    public async Task UpdateActivityAsync_Always_PutsToActivityPath()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.OK, "{\"id\":\"1:1710000000001\"}");
        var client = CreateClient(stub);

        await client.UpdateActivityAsync(ServiceUrl, ConversationId, ActivityId, Message, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith($"/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", request.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateActivityAsync_EmptyBody_ReturnsResponseWithoutId()
    {
        var client = CreateClient(StubHttpHandler.Always(HttpStatusCode.OK));

        var result = await client.UpdateActivityAsync(ServiceUrl, ConversationId, ActivityId, Message, CancellationToken.None);

        Assert.Null(result.Id);
    }

    [Fact]
    public async Task DeleteActivityAsync_Always_SendsDeleteWithoutBody()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.OK);
        var client = CreateClient(stub, token: "tok");

        await client.DeleteActivityAsync(ServiceUrl, ConversationId, ActivityId, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Null(request.Body);
        Assert.EndsWith($"/activities/{EscapedActivityId}", request.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelThread_PostsGroupWithChannelTenantAndRootActivity()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.Created, "{\"id\":\"19:abc@thread.tacv2;messageid=999\",\"activityId\":\"999\"}");
        var client = CreateClient(stub);
        var parameters = ConversationParameters.ForChannelThread("19:abc@thread.tacv2", "tenant-1", Message);

        var created = await client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/emea/v3/conversations", request.Uri.AbsoluteUri);
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:abc@thread.tacv2", body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.Equal("hi", body.GetProperty("activity").GetProperty("text").GetString());
        Assert.Equal("19:abc@thread.tacv2;messageid=999", created.Id);
        Assert.Equal("999", created.ActivityId);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsOneMemberNotGroup()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.Created, "{\"id\":\"a:1personal\"}");
        var client = CreateClient(stub);

        var created = await client.CreateConversationAsync(ServiceUrl, ConversationParameters.ForPersonalChat("29:1user", "tenant-1"), CancellationToken.None);

        var body = JsonDocument.Parse(Assert.Single(stub.Requests).Body!).RootElement;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        var member = Assert.Single(body.GetProperty("members").EnumerateArray());
        Assert.Equal("29:1user", member.GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.False(body.TryGetProperty("activity", out _));
        Assert.Equal("a:1personal", created.Id);
        Assert.Null(created.ActivityId);
    }

    [Fact]
    public async Task CreateConversationAsync_ResponseWithoutId_ThrowsPermanentError()
    {
        var client = CreateClient(StubHttpHandler.Always(HttpStatusCode.OK, "{}"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.CreateConversationAsync(ServiceUrl, ConversationParameters.ForPersonalChat("u", "t"), CancellationToken.None));

        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task GetConversationMemberAsync_Always_GetsEscapedMemberAndReadsDirectoryId()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.OK, "{\"id\":\"29:1user\",\"name\":\"Alex\",\"aadObjectId\":\"aad-1\",\"email\":\"alex@example.test\",\"userPrincipalName\":\"alex@example.test\"}");
        var client = CreateClient(stub);

        var member = await client.GetConversationMemberAsync(ServiceUrl, ConversationId, "29:1user", CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.EndsWith($"/v3/conversations/{EscapedConversationId}/members/29%3A1user", request.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("aad-1", member.DirectoryObjectId);
        Assert.Equal("alex@example.test", member.Email);
    }

    [Fact]
    public async Task SendToConversationAsync_ForbiddenWithErrorBody_ThrowsPermanentErrorWithCode()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.Forbidden, "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}");
        var client = CreateClient(stub);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(ServiceUrl, ConversationId, Message, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.False(error.IsTransient);
        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysUnavailable_ThrowsTransientErrorAfterBoundedAttempts()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.ServiceUnavailable, "not json");
        var client = CreateClient(stub, maxAttempts: 3);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(ServiceUrl, ConversationId, Message, CancellationToken.None));

        Assert.Equal(3, stub.Calls);
        Assert.True(error.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public async Task SendToConversationAsync_NetworkAlwaysDown_ThrowsTransientErrorWithoutStatus()
    {
        var stub = new StubHttpHandler((_, _) => throw new HttpRequestException("no route to host"));
        var client = CreateClient(stub, maxAttempts: 2);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(ServiceUrl, ConversationId, Message, CancellationToken.None));

        Assert.Equal(2, stub.Calls);
        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task SendToConversationAsync_InternalServerError_IsNotRetriedButTransient()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.InternalServerError);
        var client = CreateClient(stub);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(ServiceUrl, ConversationId, Message, CancellationToken.None));

        Assert.Equal(1, stub.Calls);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledOnce_ReturnsAfterRetryAfter()
    {
        var stub = new StubHttpHandler((_, call) =>
        {
            if (call > 1)
            {
                return StubHttpHandler.Json(HttpStatusCode.OK, "{\"id\":\"x\"}");
            }

            var throttled = StubHttpHandler.Json(HttpStatusCode.TooManyRequests, null);
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            return throttled;
        });
        var client = CreateClient(stub);

        var result = await client.SendToConversationAsync(ServiceUrl, ConversationId, Message, CancellationToken.None);

        Assert.Equal("x", result.Id);
        Assert.Equal([TimeSpan.FromSeconds(3)], _time.RequestedDelays);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://connector.test/")]
    public async Task SendToConversationAsync_InvalidServiceUrl_ThrowsPermanentErrorWithoutCalling(string serviceUrl)
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.OK);
        var client = CreateClient(stub);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(serviceUrl, ConversationId, Message, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal(0, stub.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_TokenProviderFails_PropagatesTypedError()
    {
        var tokens = new Mock<IConnectorTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("no token", null, "invalid_client", isTransient: false, retryAfter: null));
        var stub = StubHttpHandler.Always(HttpStatusCode.OK);
        var client = new ConnectorClient(new HttpClient(stub), tokens.Object, _time, NullLogger<ConnectorClient>.Instance);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync(ServiceUrl, ConversationId, Message, CancellationToken.None));

        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Equal(0, stub.Calls);
    }

    private ConnectorClient CreateClient(StubHttpHandler stub, string? token = null, int maxAttempts = 4)
    {
        var tokens = new Mock<IConnectorTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(token);
        var options = Options.Create(new BotOptions { Retry = new ConnectorRetryOptions { MaxAttempts = maxAttempts } });
        var retry = new ConnectorRetryHandler(options, _time, NullLogger<ConnectorRetryHandler>.Instance) { InnerHandler = stub };
        return new ConnectorClient(new HttpClient(retry), tokens.Object, _time, NullLogger<ConnectorClient>.Instance);
    }
}
