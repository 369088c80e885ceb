using System.Net;

namespace EngagementBot.Connector.Client;

/// <summary>
/// An outbound connector call failed. <see cref="IsTransient"/> tells a durable sender whether
/// trying again later can help (throttling, 5xx, network) or not (4xx, bad input).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(
        string message,
        HttpStatusCode? statusCode,
        string? errorCode,
        bool isTransient,
        TimeSpan? retryAfter,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or null when no response arrived (network failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the connector's error body, when it sent one.</summary>
    public string? ErrorCode { get; }

    public bool IsTransient { get; }

    /// <summary>How long the connector asked us to wait (429/503), when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
