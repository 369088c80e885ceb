using System.Net;

namespace EngagementBot.Testing.Fakes;

/// <summary>
/// How <see cref="FakeGraphServer"/> fails a call: an error status (with Graph's error body and,
/// for throttling, <c>Retry-After</c>), or a hold: the request is kept open for
/// <see cref="Hold"/> (longer than the client's timeout) and then answered normally.
/// </summary>
public sealed record GraphFault(HttpStatusCode? Status, string? Code = null, TimeSpan? RetryAfter = null, TimeSpan? Hold = null)
{
    /// <summary>429 with <c>Retry-After</c> in whole seconds, as Graph throttles.</summary>
    public static GraphFault Throttled(TimeSpan retryAfter) => new(HttpStatusCode.TooManyRequests, "TooManyRequests", retryAfter);

    public static GraphFault Unavailable() => new(HttpStatusCode.ServiceUnavailable, "serviceNotAvailable");

    public static GraphFault Error(HttpStatusCode status, string code) => new(status, code);

    /// <summary>Holds the request open for <paramref name="hold"/> before answering.</summary>
    public static GraphFault Slow(TimeSpan hold) => new(null, Hold: hold);
}
