using EngagementBot.Domain.Conversations;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

internal sealed class PostgresDialogStateStore(PostgresDatabase database) : IDialogStateStore
{
    private const string SelectSql = "SELECT json, version FROM dialog_states WHERE state_key = @state_key;";

    private const string InsertSql = """
        INSERT INTO dialog_states (state_key, json, version, updated_at_ms)
        VALUES (@state_key, @json, 1, @updated_at_ms)
        ON CONFLICT (state_key) DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE dialog_states
        SET json = @json, version = version + 1, updated_at_ms = @updated_at_ms
        WHERE state_key = @state_key AND version = @expected_version;
        """;

    private const string DeleteSql = "DELETE FROM dialog_states WHERE state_key = @state_key;";

    public async Task<StoredState?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SelectSql, connection).With("@state_key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredState(reader.GetString(0), reader.GetInt64(1)) : null;
    }

    public async Task<long?> SaveAsync(string key, string json, long expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(expectedVersion == 0 ? InsertSql : UpdateSql, connection)
            .With("@state_key", key)
            .With("@json", json)
            .With("@updated_at_ms", PostgresTime.ToUnixMs(at));
        if (expectedVersion != 0)
        {
            command.With("@expected_version", expectedVersion);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? expectedVersion + 1 : null;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(DeleteSql, connection).With("@state_key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
