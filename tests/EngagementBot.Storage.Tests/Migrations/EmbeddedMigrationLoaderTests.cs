using EngagementBot.Storage.Migrations;
using EngagementBot.Storage.Sqlite;

namespace EngagementBot.Storage.Tests.Migrations;

public sealed class EmbeddedMigrationLoaderTests
{
    [Fact]
    public void Load_SqliteScripts_StartsWithInitialSchema()
    {
        var catalog = EmbeddedMigrationLoader.Load(SqliteStorageRegistration.MigrationResourcePrefix);

        var first = catalog.Migrations[0];
        Assert.Equal((1, "initial"), (first.Version, first.Name));
        Assert.Contains("CREATE TABLE outbox_messages", first.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownPrefix_ThrowsForLackOfScripts()
    {
        Assert.Throws<InvalidOperationException>(() => EmbeddedMigrationLoader.Load("Nowhere.Migrations."));
    }
}
