namespace EngagementBot.Storage;

/// <summary>
/// Prepares the database: creates it if needed and applies pending schema migrations. Runs once
/// at host start (a hosted service calls it); calling it again is a cheap no-op.
/// </summary>
public interface IStorageInitializer
{
    /// <exception cref="StorageStartupException">The database schema is newer than this build knows.</exception>
    Task InitializeAsync(CancellationToken cancellationToken);
}
