using EngagementBot.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite;

/// <summary>
/// Brings a SQLite database to the latest schema version. Each migration runs in its own
/// <c>BEGIN IMMEDIATE</c> transaction together with its <c>schema_version</c> row, and the version is
/// re-read inside that transaction, so two processes starting at once cannot apply a script twice.
/// </summary>
internal static class SqliteSchemaMigrator
{
    private const string CreateVersionTableSql = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version        INTEGER NOT NULL PRIMARY KEY,
            name           TEXT    NOT NULL,
            applied_at_ms  INTEGER NOT NULL
        );
        """;

    private const string ReadVersionSql = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";

    private const string RecordVersionSql = """
        INSERT INTO schema_version (version, name, applied_at_ms) VALUES ($version, $name, $applied_at_ms);
        """;

    /// <summary>Applies every pending migration; returns the schema version before and after.</summary>
    public static (long From, long To) Migrate(SqliteConnection connection, MigrationCatalog catalog, string databaseDescription)
    {
        long? from = null;
        while (true)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, transaction, CreateVersionTableSql);
            var current = ReadVersion(connection, transaction);
            from ??= current;

            var next = catalog.NextAfter(current, databaseDescription);
            if (next is null)
            {
                transaction.Commit();
                return (from.Value, current);
            }

            Execute(connection, transaction, next.Sql);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = RecordVersionSql;
                record.With("$version", next.Version)
                    .With("$name", next.Name)
                    .With("$applied_at_ms", SqliteTime.ToUnixMs(DateTimeOffset.UtcNow))
                    .ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>The schema version recorded in the database (0 when none is).</summary>
    public static long ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = ReadVersionSql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
