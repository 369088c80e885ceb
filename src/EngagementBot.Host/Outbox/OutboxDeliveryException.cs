namespace EngagementBot.Host.Outbox;

/// <summary>A delivery failure that knows whether retrying can help.</summary>
public sealed class OutboxDeliveryException : Exception
{
    public OutboxDeliveryException(string message, bool isTransient, Exception? inner = null, TimeSpan? retryAfter = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    public OutboxDeliveryException()
        : this("delivery failed", isTransient: true)
    {
    }

    public OutboxDeliveryException(string message)
        : this(message, isTransient: true)
    {
    }

    public OutboxDeliveryException(string message, Exception innerException)
        : this(message, isTransient: true, innerException)
    {
    }

    public bool IsTransient { get; }

    /// <summary>How long the far side asked us to wait (<c>Retry-After</c>); the next attempt is never sooner.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// The way out is switched off in this deployment (Graph not enabled): the message is recorded as failed, as
    /// always, but that is the configuration working, not an error to alarm on.
    /// </summary>
    public bool IsSwitchedOff { get; init; }
}
