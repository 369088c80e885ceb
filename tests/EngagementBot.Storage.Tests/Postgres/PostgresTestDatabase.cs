using EngagementBot.Storage.Tests.Contract;
using Npgsql;

namespace EngagementBot.Storage.Tests.Postgres;

/// <summary>A uniquely named, empty database on the test server, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : StorageTestDatabase
{
    private readonly string _adminConnectionString;

    public PostgresTestDatabase()
    {
        _adminConnectionString = PostgresTestServer.AdminConnectionString;
        Name = "engagementbot_test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = Name }.ToString();
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name}\";", connection);
        command.ExecuteNonQuery();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:Postgres:ConnectionString"] = ConnectionString,
    };

    public override async Task<IReadOnlyList<long>> ReadAppliedSchemaVersionsAsync()
    {
        await using var connection = await OpenRawAsync();
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
        await using var connection = await OpenRawAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO schema_version (version, name, applied_at_ms) VALUES (@version, 'from_a_newer_build', 0);", connection);
        command.Parameters.AddWithValue("@version", checked((int)version));
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs <paramref name="sql"/> behind the stores' back and returns the first column of the first row.</summary>
    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A connection of its own (not pooled) to this database, behind the stores' back.</summary>
    private async Task<NpgsqlConnection> OpenRawAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
