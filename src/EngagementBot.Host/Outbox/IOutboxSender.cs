using EngagementBot.Domain.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Delivers one kind of outbox message (a proactive Teams message, a Graph mail, …).</summary>
public interface IOutboxSender
{
    /// <summary>The <see cref="OutboxMessage.Kind"/> this sender delivers.</summary>
    string Kind { get; }

    /// <summary>
    /// Delivers the message or throws. <see cref="OutboxDeliveryException"/> says whether a retry
    /// can help; any other exception is treated as transient.
    /// </summary>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
