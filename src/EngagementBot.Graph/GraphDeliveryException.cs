namespace EngagementBot.Graph;

/// <summary>
/// A Graph call that did not succeed, and whether trying again later can help: throttling (429),
/// server errors (5xx), timeouts and network failures are transient; 400/401/403/404, invalid
/// notices and a disabled Graph integration are not. The message names the operation, the HTTP
/// status and Graph's error code only: never user ids, names, addresses or notice text.
/// </summary>
public sealed class GraphDeliveryException : Exception
{
    public GraphDeliveryException(
        string message,
        bool isTransient,
        int? statusCode = null,
        TimeSpan? retryAfter = null,
        string? errorCode = null,
        Exception? inner = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        ErrorCode = errorCode;
    }

    public GraphDeliveryException()
        : this("Graph call failed", isTransient: true)
    {
    }

    public GraphDeliveryException(string message)
        : this(message, isTransient: true)
    {
    }

    public GraphDeliveryException(string message, Exception innerException)
        : this(message, isTransient: true, inner: innerException)
    {
    }

    /// <summary>True when a later retry can succeed (the outbox should retry, not give up).</summary>
    public bool IsTransient { get; }

    /// <summary>The HTTP status Graph answered with; null for timeouts, network and local failures.</summary>
    public int? StatusCode { get; }

    /// <summary>How long Graph asked us to wait (<c>Retry-After</c>), when it said so.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Graph's error code (for example <c>Request_ResourceNotFound</c>), when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>Graph is switched off in this deployment (<c>Graph:Enabled</c> false): nothing was attempted.</summary>
    public bool IsSwitchedOff { get; init; }
}
