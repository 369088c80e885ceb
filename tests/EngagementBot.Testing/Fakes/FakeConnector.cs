using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EngagementBot.Testing.Fakes;

/// <summary>One request the bot made to the connector.</summary>
public sealed record ConnectorCall(string Method, string Path, JsonNode? Body, string? Authorization, DateTimeOffset At);

/// <summary>
/// A local stand-in for the Bot Connector service (the activity's serviceUrl): records every call
/// and answers like the service, and can be told to fail the next calls (429 with Retry-After, 503…).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<(HttpStatusCode Status, TimeSpan? RetryAfter)> _failures = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private LoopbackServer? _server;
    // Shared by every instance, as the real service never hands out an id twice: a host restarted
    // against the same database with a new fake must not be given the old conversations' ids again.
    private static int _ids;

    public Uri ServiceUrl => _server?.BaseAddress ?? throw new InvalidOperationException("not started");

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._server = await LoopbackServer.StartAsync(app => app.Map("/v3/{**rest}", fake.HandleAsync));
        return fake;
    }

    /// <summary>The next <paramref name="count"/> calls fail with <paramref name="status"/>.</summary>
    public void FailNext(int count, HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>Messages (activities of type message) sent or replied into conversations.</summary>
    public IReadOnlyList<JsonNode> SentActivities =>
        Calls.Where(c => c.Method is "POST" or "PUT" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is not null)
            .Select(c => c.Body!)
            .ToList();

    /// <summary>Waits until at least <paramref name="count"/> calls have arrived.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new TimeoutException($"expected {count} connector calls, got {_calls.Count}");
            }
        }

        return Calls;
    }

    private async Task HandleAsync(HttpContext context)
    {
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(context.Request.Body);
        }

        _calls.Enqueue(new ConnectorCall(
            context.Request.Method,
            // the raw target, so tests see how ids were escaped on the wire
            (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty).Split('?')[0],
            body,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            DateTimeOffset.UtcNow));
        _arrived.Release();

        if (_failures.TryDequeue(out var failure))
        {
            context.Response.StatusCode = (int)failure.Status;
            if (failure.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsJsonAsync(new { error = new { code = "Throttled", message = "fake failure" } });
            return;
        }

        var id = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.Request.Method == "POST" && context.Request.Path.Value is "/v3/conversations" or "/v3/conversations/")
        {
            await context.Response.WriteAsJsonAsync(new { id = "conv-" + id, activityId = "act-" + id, serviceUrl = ServiceUrl.ToString() });
            return;
        }

        if (context.Request.Method == "GET" && context.Request.Path.Value!.Contains("/members/", StringComparison.Ordinal))
        {
            var userId = context.Request.Path.Value![(context.Request.Path.Value!.LastIndexOf('/') + 1)..];
            await context.Response.WriteAsJsonAsync(new { id = Uri.UnescapeDataString(userId), name = "Test User", aadObjectId = "00000000-0000-0000-0000-00000000a000" });
            return;
        }

        if (context.Request.Method == "DELETE")
        {
            context.Response.StatusCode = 200;
            return;
        }

        await context.Response.WriteAsync(JsonSerializer.Serialize(new { id = "act-" + id }));
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _arrived.Dispose();
    }
}
