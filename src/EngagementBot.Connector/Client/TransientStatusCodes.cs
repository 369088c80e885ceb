using System.Net;

namespace EngagementBot.Connector.Client;

/// <summary>Which connector answers are worth repeating.</summary>
public static class TransientStatusCodes
{
    /// <summary>Retried at once by the retry handler: throttling, precondition races, gateway trouble.</summary>
    public static bool IsRetryable(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// Worth retrying later (the outbox): the retryable ones plus 500. Every other 4xx/5xx
    /// (400, 401, 403, 404, 413, 501…) is permanent.
    /// </summary>
    public static bool IsTransient(HttpStatusCode status) =>
        IsRetryable(status) || status == HttpStatusCode.InternalServerError;
}
