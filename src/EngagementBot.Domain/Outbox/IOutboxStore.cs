namespace EngagementBot.Domain.Outbox;

/// <summary>
/// Durable queue of notifications: enqueue in the same breath as the decision, deliver later.
/// Times are kept to the millisecond and read back in UTC.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Stores the message as given. Idempotent by id: an id already stored is left unchanged.</summary>
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> pending messages due at <paramref name="now"/> for
    /// <paramref name="leaseFor"/>; a claimed message is invisible to other claimers until the
    /// lease ends (so a crashed dispatcher's work is picked up again).
    /// Due means <see cref="OutboxStatus.Pending"/>, <c>NextAttemptAt &lt;= now</c>, and no lease or a
    /// lease that ended at or before <paramref name="now"/>. Oldest due first; atomic, so concurrent
    /// claimers (in this process or another instance) never receive the same message.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string owner, int max, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>
    /// Terminal: counts the attempt and releases the lease. Like every Mark method, it only affects a
    /// message that is still pending; on a delivered or failed one it does nothing.
    /// </summary>
    Task MarkDeliveredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt (Attempts + 1, LastError) and releases the lease; the message is
    /// retried at <paramref name="nextAttemptAt"/>.
    /// </summary>
    Task MarkRetryAsync(Guid id, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Terminal: records that delivery was abandoned (non-retryable error or budget spent); counts
    /// the attempt and releases the lease.
    /// </summary>
    Task MarkFailedAsync(Guid id, string error, DateTimeOffset at, CancellationToken cancellationToken);

    Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Messages not yet delivered or failed, whether leased or not.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken);
}
