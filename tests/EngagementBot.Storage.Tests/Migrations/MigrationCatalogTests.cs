using EngagementBot.Storage.Migrations;

namespace EngagementBot.Storage.Tests.Migrations;

public sealed class MigrationCatalogTests
{
    private static readonly MigrationCatalog Catalog = new(
    [
        new Migration(2, "second", "-- 2"),
        new Migration(1, "first", "-- 1"),
    ]);

    [Fact]
    public void Constructor_UnorderedScripts_OrdersThemByVersion()
    {
        Assert.Equal([1, 2], Catalog.Migrations.Select(m => m.Version));
        Assert.Equal(2, Catalog.LatestVersion);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    public void Constructor_GapOrRepeatOrNotStartingAtOne_Throws(int first, int second)
    {
        Assert.Throws<InvalidOperationException>(
            () => new MigrationCatalog([new Migration(first, "a", ""), new Migration(second, "b", "")]));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    public void NextAfter_OlderSchema_ReturnsTheFollowingMigration(long current, int expected)
    {
        Assert.Equal(expected, Catalog.NextAfter(current, "'test'")?.Version);
    }

    [Fact]
    public void NextAfter_CurrentSchema_ReturnsNull()
    {
        Assert.Null(Catalog.NextAfter(2, "'test'"));
    }

    [Fact]
    public void NextAfter_NewerSchema_ThrowsNamingBothVersions()
    {
        var error = Assert.Throws<StorageStartupException>(() => Catalog.NextAfter(3, "'test.db'"));

        Assert.Contains("'test.db' has schema version 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("up to 2", error.Message, StringComparison.Ordinal);
    }
}
