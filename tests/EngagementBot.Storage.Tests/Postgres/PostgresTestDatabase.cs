using EngagementBot.Storage.Tests.Contract;
using EngagementBot.Testing.Postgres;
using Npgsql;

namespace EngagementBot.Storage.Tests.Postgres;

/// <summary>A uniquely named, empty database on the test server (<see cref="PostgresTestServer"/>), dropped afterwards.</summary>
public sealed class PostgresTestDatabase : StorageTestDatabase
{
    private readonly ScratchPostgresDatabase _database = new();

    public override IReadOnlyDictionary<string, string?> Settings => _database.Settings;

    public override async Task<IReadOnlyList<long>> ReadAppliedSchemaVersionsAsync()
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version ORDER BY version;", connection);
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return versions;
    }

    public override async Task RecordSchemaVersionAsync(long version)
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO schema_version (version, name, applied_at_ms) VALUES (@version, 'from_a_newer_build', 0);", connection);
        command.Parameters.AddWithValue("@version", checked((int)version));
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>Runs <paramref name="sql"/> behind the stores' back and returns the first column of the first row.</summary>
    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await _database.OpenRawAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
