namespace EngagementBot.Host.Outbox;

/// <summary>A delivery failure that knows whether retrying can help.</summary>
public sealed class OutboxDeliveryException : Exception
{
    public OutboxDeliveryException(string message, bool isTransient, Exception? inner = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
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
}
