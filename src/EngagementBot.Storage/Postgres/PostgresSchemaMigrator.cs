using System.Data;
using EngagementBot.Storage.Migrations;
using Npgsql;

namespace EngagementBot.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the latest schema version. The whole run holds a session-level
/// advisory lock, so several instances starting at once migrate one after the other (the later ones
/// find the schema current); each script runs in its own transaction together with its
/// <c>schema_version</c> row, so a failed script leaves the previous version intact.
/// </summary>
internal static class PostgresSchemaMigrator
{
    /// <summary>Advisory lock key for schema migration (any fixed bigint unique to this application).</summary>
    private const long MigrationLockKey = 0x456E_6761_6765_4231; // "EngageB1"

    private const string CreateVersionTableSql = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version        INTEGER NOT NULL PRIMARY KEY,
            name           TEXT    NOT NULL,
            applied_at_ms  BIGINT  NOT NULL
        );
        """;

    private const string ReadVersionSql = "SELECT COALESCE(MAX(version), 0)::bigint FROM schema_version;";

    private const string RecordVersionSql = """
        INSERT INTO schema_version (version, name, applied_at_ms) VALUES (@version, @name, @applied_at_ms);
        """;

    /// <summary>Applies every pending migration; returns the schema version before and after.</summary>
    public static async Task<(long From, long To)> MigrateAsync(
        NpgsqlConnection connection, MigrationCatalog catalog, CancellationToken cancellationToken)
    {
        var description = $"'{connection.Database}' on {connection.Host}";
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(@key);", connection))
        {
            await lockCommand.With("@key", MigrationLockKey).ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, null, CreateVersionTableSql, cancellationToken);
            long? from = null;
            while (true)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var current = await ReadVersionAsync(connection, transaction, cancellationToken);
                from ??= current;

                var next = catalog.NextAfter(current, description);
                if (next is null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return (from.Value, current);
                }

                await ExecuteAsync(connection, transaction, next.Sql, cancellationToken);
                await using (var record = new NpgsqlCommand(RecordVersionSql, connection, transaction))
                {
                    await record.With("@version", next.Version)
                        .With("@name", next.Name)
                        .With("@applied_at_ms", PostgresTime.ToUnixMs(DateTimeOffset.UtcNow))
                        .ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>The schema version recorded in the database (0 when none is).</summary>
    public static async Task<long> ReadVersionAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReadVersionSql, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Releases the lock even when cancelled, so the pooled connection does not keep it. A broken
    /// connection has lost the lock with its session; the original error is the one worth reporting.
    /// </summary>
    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        if (connection.State != ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key);", connection);
            await unlock.With("@key", MigrationLockKey).ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The session is gone, and its advisory locks with it.
        }
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
