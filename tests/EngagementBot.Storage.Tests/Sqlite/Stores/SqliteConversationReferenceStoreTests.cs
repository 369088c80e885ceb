using EngagementBot.Domain.Conversations;
using EngagementBot.Storage.Sqlite.Stores;
using EngagementBot.Storage.Tests.Contract;

namespace EngagementBot.Storage.Tests.Sqlite.Stores;

/// <summary>The busy path (same conversation, turn after turn) must not rewrite an unchanged row.</summary>
public sealed class SqliteConversationReferenceStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    private static readonly ConversationAddress Address = new(
        "msteams", "https://smba.example/emea/", "a:1", ConversationKind.Personal, "tenant-1",
        "28:bot", "EngagementBot", "29:user", "aad-1", null, null);

    [Fact]
    public async Task UpsertAsync_UnchangedAddressWithinRefreshInterval_DoesNotRewriteRow()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = await StartWithAddressSeenAtT0Async(database);
        var withinInterval = T0 + SqliteConversationReferenceStore.SeenAtRefreshInterval - TimeSpan.FromMilliseconds(1);

        await app.ConversationReferences.UpsertAsync(Address, withinInterval, CancellationToken.None);

        Assert.Equal(T0.ToUnixTimeMilliseconds(), await LastSeenAsync(database));
    }

    [Fact]
    public async Task UpsertAsync_UnchangedAddressAfterRefreshInterval_RefreshesLastSeen()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = await StartWithAddressSeenAtT0Async(database);
        var afterInterval = T0 + SqliteConversationReferenceStore.SeenAtRefreshInterval;

        await app.ConversationReferences.UpsertAsync(Address, afterInterval, CancellationToken.None);

        Assert.Equal(afterInterval.ToUnixTimeMilliseconds(), await LastSeenAsync(database));
    }

    [Fact]
    public async Task UpsertAsync_ChangedAddressWithinRefreshInterval_RewritesRow()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = await StartWithAddressSeenAtT0Async(database);
        var soon = T0.AddSeconds(1);

        await app.ConversationReferences.UpsertAsync(Address with { BotName = "Renamed" }, soon, CancellationToken.None);

        Assert.Equal(soon.ToUnixTimeMilliseconds(), await LastSeenAsync(database));
        Assert.Equal("Renamed", (await app.ConversationReferences.FindAsync("msteams", "a:1", CancellationToken.None))?.BotName);
    }

    private static async Task<StorageTestHost> StartWithAddressSeenAtT0Async(SqliteTestDatabase database)
    {
        var app = StorageTestHost.Create(database.Settings);
        await app.StartAsync();
        await app.ConversationReferences.UpsertAsync(Address, T0, CancellationToken.None);
        return app;
    }

    private static Task<object?> LastSeenAsync(SqliteTestDatabase database) =>
        database.ScalarAsync("SELECT last_seen_at_ms FROM conversation_references WHERE conversation_id = 'a:1';");
}
