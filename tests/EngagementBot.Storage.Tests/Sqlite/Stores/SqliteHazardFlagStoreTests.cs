using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Sqlite.Stores;

/// <summary>The SQLite schema's refusals (the shared suite) and how SQLite stores a flag.</summary>
public sealed class SqliteHazardFlagStoreTests : HazardFlagSchemaTests
{
    protected override StorageTestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public async Task AddAsync_Advice_StoredAsJsonArrayOfCodesInOrder()
    {
        await using var database = CreateDatabase();
        await using var app = await StartWithRenewedFlagAsync(database);

        Assert.Equal("""["neutral-venue-only","joint-visits-only"]""", await database.ScalarAsync("SELECT advice FROM hazard_flags;"));
        Assert.Equal("high", await database.ScalarAsync("SELECT severity FROM hazard_flags;"));
        Assert.Equal("weapons", await database.ScalarAsync("SELECT kind FROM hazard_flags;"));
    }
}
