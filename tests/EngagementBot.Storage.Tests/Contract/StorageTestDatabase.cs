namespace EngagementBot.Storage.Tests.Contract;

/// <summary>
/// One fresh, empty database of some provider, for the contract tests. A provider's subclass
/// knows its settings and how to reach the database behind the stores' back.
/// </summary>
public abstract class StorageTestDatabase : IAsyncDisposable
{
    /// <summary>The <c>Storage:*</c> settings that point the application at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The versions recorded in the database's schema version table, ascending.</summary>
    public abstract Task<IReadOnlyList<long>> ReadAppliedSchemaVersionsAsync();

    /// <summary>Records a schema version directly, as a newer build would have.</summary>
    public abstract Task RecordSchemaVersionAsync(long version);

    /// <summary>Runs raw SQL around the stores, as another writer would.</summary>
    public abstract Task<object?> ScalarAsync(string sql);

    public abstract ValueTask DisposeAsync();
}
