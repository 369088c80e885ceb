using System.Net;
using System.Net.Http.Headers;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Configuration;
using EngagementBot.Connector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EngagementBot.Connector.Tests.Client;

public sealed class ConnectorRetryHandlerTests
{
    private static readonly ConnectorRetryOptions Retry = new()
    {
        MaxAttempts = 4,
        BaseDelay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(8),
        MaxRetryAfter = TimeSpan.FromSeconds(60),
    };

    private readonly RecordingTimeProvider _time = new();

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_WaitsThatLongThenRetries()
    {
        var stub = new StubHttpHandler((_, call) => call == 1 ? TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))) : Ok());
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Calls);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var until = _time.GetUtcNow().AddSeconds(20);
        var stub = new StubHttpHandler((_, call) => call == 1 ? TooManyRequests(new RetryConditionHeaderValue(until)) : Ok());
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(20)], _time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_429WithHugeRetryAfter_CapsTheWait()
    {
        var stub = new StubHttpHandler((_, call) => call == 1 ? TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromHours(1))) : Ok());
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal([TimeSpan.FromSeconds(60)], _time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_503Twice_RetriesWithGrowingJitteredBackoffThenSucceeds()
    {
        var stub = new StubHttpHandler((_, call) => call <= 2 ? StubHttpHandler.Json(HttpStatusCode.ServiceUnavailable, null) : Ok());
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, stub.Calls);
        var delays = _time.RequestedDelays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0], TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_RetryableStatus_IsRetried(HttpStatusCode status)
    {
        var stub = new StubHttpHandler((_, call) => call == 1 ? StubHttpHandler.Json(status, null) : Ok());
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public async Task SendAsync_NonRetryableStatus_CallsExactlyOnce(HttpStatusCode status)
    {
        var stub = StubHttpHandler.Always(status);
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, stub.Calls);
        Assert.Empty(_time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_AlwaysUnavailable_StopsAfterMaxAttempts()
    {
        var stub = StubHttpHandler.Always(HttpStatusCode.ServiceUnavailable);
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(Retry.MaxAttempts, stub.Calls);
        Assert.Equal(Retry.MaxAttempts - 1, _time.RequestedDelays.Count);
    }

    [Fact]
    public async Task SendAsync_NetworkErrorThenSuccess_Retries()
    {
        var stub = new StubHttpHandler((_, call) => call == 1 ? throw new HttpRequestException("connection reset") : Ok());
        using var client = CreateClient(stub);

        using var response = await client.GetAsync(new Uri("https://connector.test/v3/x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Calls);
        Assert.Single(_time.RequestedDelays);
    }

    [Fact]
    public async Task SendAsync_PostRetried_ResendsTheSameBody()
    {
        var stub = new StubHttpHandler((_, call) => call == 1 ? StubHttpHandler.Json(HttpStatusCode.BadGateway, null) : Ok());
        using var client = CreateClient(stub);
        using var content = new ByteArrayContent("{\"type\":\"message\"}"u8.ToArray());

        using var response = await client.PostAsync(new Uri("https://connector.test/v3/x"), content);

        var bodies = stub.Requests.Select(r => r.Body).ToArray();
        Assert.Equal(2, bodies.Length);
        Assert.All(bodies, body => Assert.Equal("{\"type\":\"message\"}", body));
    }

    [Fact]
    public async Task SendAsync_CallerCancelsDuringBackoff_ThrowsCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var stub = new StubHttpHandler((_, _) =>
        {
            cancellation.Cancel();
            return StubHttpHandler.Json(HttpStatusCode.ServiceUnavailable, null);
        });
        using var client = CreateClient(stub);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(new Uri("https://connector.test/v3/x"), cancellation.Token));
        Assert.Equal(1, stub.Calls);
    }

    private HttpClient CreateClient(StubHttpHandler stub) =>
        new(new ConnectorRetryHandler(Options.Create(new BotOptions { Retry = Retry }), _time, NullLogger<ConnectorRetryHandler>.Instance) { InnerHandler = stub });

    private static HttpResponseMessage Ok() => StubHttpHandler.Json(HttpStatusCode.OK, "{\"id\":\"1\"}");

    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue retryAfter)
    {
        var response = StubHttpHandler.Json(HttpStatusCode.TooManyRequests, null);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
