namespace EngagementBot.Domain.Conversations;

/// <summary>
/// De-duplicates redelivered activities: the channel retries, so one (conversation, activity id)
/// pair must be processed once.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>Records the pair; returns false when it had been recorded before.</summary>
    Task<bool> TryMarkProcessedAsync(string conversationKey, string activityId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Forgets pairs recorded strictly before the cutoff; returns how many were removed.</summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
