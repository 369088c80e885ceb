using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Postgres;

/// <summary>What only the PostgreSQL provider promises: several instances share one database.</summary>
public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task StartAsync_SeveralInstancesAtOnce_MigrateOnceAndAllAreReady()
    {
        await using var database = new PostgresTestDatabase();
        var apps = Enumerable.Range(0, 4).Select(_ => StorageTestHost.Create(database.Settings)).ToList();
        try
        {
            await Task.WhenAll(apps.Select(app => app.StartAsync()));

            var versions = await database.ReadAppliedSchemaVersionsAsync();
            Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
            Assert.Equal(6, versions.Count);
            foreach (var app in apps)
            {
                Assert.True(await app.Health.CheckAsync(CancellationToken.None));
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task SaveAsync_BeforeHostStarted_MigratesOnFirstUse()
    {
        await using var database = new PostgresTestDatabase();
        await using var app = StorageTestHost.Create(database.Settings);

        var version = await app.DialogStates.SaveAsync("key-1", "{}", 0, DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(1, version);
        Assert.True(await app.Health.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_ServerUnreachable_FailsAndIsNotReady()
    {
        await using var app = StorageTestHost.Create(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=2",
        });

        await Assert.ThrowsAnyAsync<Exception>(app.StartAsync);

        Assert.False(await app.Health.CheckAsync(CancellationToken.None));
    }
}
