namespace EngagementBot.Domain.Outbox;

/// <summary>Durable queue of notifications: enqueue in the same breath as the decision, deliver later.</summary>
public interface IOutboxStore
{
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending messages due at <paramref name="now"/> for
    /// <paramref name="leaseFor"/>; a claimed message is invisible to other claimers until the
    /// lease ends (so a crashed dispatcher's work is picked up again).
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string owner, int max, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the message is retried at <paramref name="nextAttemptAt"/>.</summary>
    Task MarkRetryAsync(Guid id, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>Records that delivery was abandoned (non-retryable error or budget spent).</summary>
    Task MarkFailedAsync(Guid id, string error, DateTimeOffset at, CancellationToken cancellationToken);

    Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<int> CountPendingAsync(CancellationToken cancellationToken);
}
