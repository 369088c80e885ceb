using Npgsql;

namespace EngagementBot.Testing.Postgres;

/// <summary>
/// A uniquely named, empty database on the test server (<see cref="PostgresTestServer"/>), created on
/// construction and dropped (with any connections still open to it) on disposal.
/// </summary>
public sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    public ScratchPostgresDatabase()
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

    /// <summary>A connection string to this database (pooled, as the application would use it).</summary>
    public string ConnectionString { get; }

    /// <summary>The settings that point the application at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:Postgres:ConnectionString"] = ConnectionString,
    };

    /// <summary>A connection of its own (not pooled) to this database, behind the application's back.</summary>
    public async Task<NpgsqlConnection> OpenRawAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE);", connection);
        await command.ExecuteNonQueryAsync();
    }
}
