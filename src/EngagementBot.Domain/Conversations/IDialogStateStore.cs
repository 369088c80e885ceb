namespace EngagementBot.Domain.Conversations;

/// <summary>A persisted, opaque state document with an optimistic-concurrency version.</summary>
public sealed record StoredState(string Json, long Version);

/// <summary>
/// Dialog state per conversation (and user). The dialog engine owns the JSON shape; the store
/// only keeps it durable and refuses lost updates.
/// </summary>
public interface IDialogStateStore
{
    Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the state if the stored version still equals <paramref name="expectedVersion"/>
    /// (0 = must not exist yet). Returns the new version, or null when another writer won.
    /// Versions start at 1 and grow by one per save; after a delete, a save expecting 0 starts again at 1.
    /// </summary>
    Task<long?> SaveAsync(string key, string json, long expectedVersion, DateTimeOffset at, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
