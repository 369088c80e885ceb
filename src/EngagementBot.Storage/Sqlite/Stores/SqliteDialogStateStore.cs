using EngagementBot.Domain.Conversations;

namespace EngagementBot.Storage.Sqlite.Stores;

internal sealed class SqliteDialogStateStore(SqliteDatabase database) : IDialogStateStore
{
    private const string SelectSql = "SELECT json, version FROM dialog_states WHERE state_key = $state_key;";

    private const string InsertSql = """
        INSERT INTO dialog_states (state_key, json, version, updated_at_ms)
        VALUES ($state_key, $json, 1, $updated_at_ms)
        ON CONFLICT (state_key) DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE dialog_states
        SET json = $json, version = version + 1, updated_at_ms = $updated_at_ms
        WHERE state_key = $state_key AND version = $expected_version;
        """;

    private const string DeleteSql = "DELETE FROM dialog_states WHERE state_key = $state_key;";

    public Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return database.ReadAsync(
            key,
            static (connection, key) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = SelectSql;
                using var reader = command.With("$state_key", key).ExecuteReader();
                return reader.Read() ? new StoredState(reader.GetString(0), reader.GetInt64(1)) : null;
            },
            cancellationToken);
    }

    public Task<long?> SaveAsync(string key, string json, long expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return database.WriteAsync(
            (key, json, expectedVersion, AtMs: SqliteTime.ToUnixMs(at)),
            static (writer, row) =>
            {
                var command = writer.Command(row.expectedVersion == 0 ? InsertSql : UpdateSql)
                    .With("$state_key", row.key)
                    .With("$json", row.json)
                    .With("$updated_at_ms", row.AtMs);
                if (row.expectedVersion != 0)
                {
                    command.With("$expected_version", row.expectedVersion);
                }

                return command.ExecuteNonQuery() == 1 ? row.expectedVersion + 1 : (long?)null;
            },
            cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return database.WriteAsync(
            key,
            static (writer, key) => writer.Command(DeleteSql).With("$state_key", key).ExecuteNonQuery(),
            cancellationToken);
    }
}
