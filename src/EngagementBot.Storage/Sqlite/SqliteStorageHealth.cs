using Microsoft.Extensions.Logging;

namespace EngagementBot.Storage.Sqlite;

/// <summary>Ready when the schema has been migrated and a reader sees the expected version.</summary>
internal sealed class SqliteStorageHealth(SqliteDatabase database, ILogger<SqliteStorageHealth> logger) : IStorageHealth
{
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (!database.IsInitialized)
        {
            return false;
        }

        try
        {
            var version = await database.ReadAsync(
                0,
                static (connection, _) => SqliteSchemaMigrator.ReadVersion(connection, transaction: null),
                cancellationToken);
            return version == database.LatestSchemaVersion;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Storage readiness check failed (SQLite)");
            return false;
        }
    }
}
