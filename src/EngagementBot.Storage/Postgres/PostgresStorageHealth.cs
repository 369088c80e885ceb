using Microsoft.Extensions.Logging;

namespace EngagementBot.Storage.Postgres;

/// <summary>Ready when the schema has been migrated and the server answers at the expected version.</summary>
internal sealed class PostgresStorageHealth(PostgresDatabase database, ILogger<PostgresStorageHealth> logger) : IStorageHealth
{
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (!database.IsInitialized)
        {
            return false;
        }

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var version = await PostgresSchemaMigrator.ReadVersionAsync(connection, null, cancellationToken);
            return version == database.LatestSchemaVersion;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Storage readiness check failed (PostgreSQL)");
            return false;
        }
    }
}
