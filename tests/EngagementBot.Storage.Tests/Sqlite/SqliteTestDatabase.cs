using EngagementBot.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Tests.Sqlite;

/// <summary>A SQLite database file in its own temporary folder, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : StorageTestDatabase
{
    public SqliteTestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "engagementbot-storage-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "engagementbot.db");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The temporary folder (created); the database goes in its <c>data</c> subfolder.</summary>
    public string Folder { get; }

    public string FilePath { get; }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = FilePath,
    };

    /// <summary>A connection of its own (not pooled) straight to the file, behind the stores' back.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = OpenRaw();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public override async Task<IReadOnlyList<long>> ReadAppliedSchemaVersionsAsync()
    {
        await using var connection = OpenRaw();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version;";
        var versions = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt64(0));
        }

        return versions;
    }

    public override async Task RecordSchemaVersionAsync(long version)
    {
        await using var connection = OpenRaw();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO schema_version (version, name, applied_at_ms) VALUES ($version, 'from_a_newer_build', 0);";
        command.Parameters.AddWithValue("$version", version);
        await command.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
