using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Sqlite;

/// <summary>What only the SQLite provider promises: file location, journal mode, stored time format.</summary>
public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task InitializeAsync_RelativePath_CreatesFolderAndFileUnderContentRoot()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = StorageTestHost.Create(
            new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = "data/engagementbot.db" },
            contentRoot: database.Folder);

        await app.StartAsync();

        Assert.True(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task InitializeAsync_NewDatabase_UsesWriteAheadLog()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = StorageTestHost.Create(database.Settings);

        await app.StartAsync();

        Assert.Equal("wal", await database.ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task TryMarkProcessedAsync_TimeWithOffset_StoresUnixMillisecondsUtc()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = StorageTestHost.Create(database.Settings);
        await app.StartAsync();
        var local = new DateTimeOffset(2026, 3, 2, 11, 30, 15, 123, TimeSpan.FromHours(2));

        await app.ProcessedActivities.TryMarkProcessedAsync("msteams|a:1", "activity-1", local, CancellationToken.None);

        var stored = await database.ScalarAsync("SELECT processed_at_ms FROM processed_activities;");
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero).ToUnixTimeMilliseconds(), stored);
    }

    [Fact]
    public async Task SaveAsync_BeforeHostStarted_MigratesOnFirstUse()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = StorageTestHost.Create(database.Settings);

        var version = await app.DialogStates.SaveAsync("key-1", "{}", 0, DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(1, version);
        Assert.True(await app.Health.CheckAsync(CancellationToken.None));
    }
}
