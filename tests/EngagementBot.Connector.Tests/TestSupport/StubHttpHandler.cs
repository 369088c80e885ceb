using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace EngagementBot.Connector.Tests.TestSupport;

/// <summary>A request as the stub saw it (body read at send time).</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body, string? ContentType);

/// <summary>An HttpMessageHandler answering from a function and recording every request.</summary>
public sealed class StubHttpHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _calls;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    public static StubHttpHandler Always(HttpStatusCode status, string? json = null) =>
        new((_, _) => Json(status, json));

    public static HttpResponseMessage Json(HttpStatusCode status, string? json)
    {
        var response = new HttpResponseMessage(status);
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            body,
            request.Content?.Headers.ContentType?.MediaType));
        return respond(request, call);
    }
}
