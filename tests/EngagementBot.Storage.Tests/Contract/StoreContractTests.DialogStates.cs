namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        Assert.Null(await App.DialogStates.GetAsync("msteams|conv-1|user-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_NewKeyExpectingZero_ReturnsVersionOneAndStoresJson()
    {
        var store = App.DialogStates;

        var version = await store.SaveAsync("key-1", """{"step":1}""", expectedVersion: 0, T0, CancellationToken.None);

        Assert.Equal(1, version);
        Assert.Equal(new("""{"step":1}""", 1), await store.GetAsync("key-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ExistingKeyExpectingZero_ReturnsNullAndKeepsState()
    {
        var store = App.DialogStates;
        await store.SaveAsync("key-1", """{"step":1}""", 0, T0, CancellationToken.None);

        var version = await store.SaveAsync("key-1", """{"step":99}""", 0, T0, CancellationToken.None);

        Assert.Null(version);
        Assert.Equal(new("""{"step":1}""", 1), await store.GetAsync("key-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_MatchingVersion_ReturnsNextVersionAndStoresJson()
    {
        var store = App.DialogStates;
        await store.SaveAsync("key-1", """{"step":1}""", 0, T0, CancellationToken.None);

        var second = await store.SaveAsync("key-1", """{"step":2}""", 1, T0, CancellationToken.None);
        var third = await store.SaveAsync("key-1", """{"step":3}""", 2, T0, CancellationToken.None);

        Assert.Equal(2, second);
        Assert.Equal(3, third);
        Assert.Equal(new("""{"step":3}""", 3), await store.GetAsync("key-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ReturnsNullAndKeepsState()
    {
        var store = App.DialogStates;
        await store.SaveAsync("key-1", """{"step":1}""", 0, T0, CancellationToken.None);
        await store.SaveAsync("key-1", """{"step":2}""", 1, T0, CancellationToken.None);

        var version = await store.SaveAsync("key-1", """{"lost":true}""", 1, T0, CancellationToken.None);

        Assert.Null(version);
        Assert.Equal(new("""{"step":2}""", 2), await store.GetAsync("key-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_UnknownKeyExpectingExistingVersion_ReturnsNull()
    {
        var store = App.DialogStates;

        var version = await store.SaveAsync("key-1", """{"step":2}""", 1, T0, CancellationToken.None);

        Assert.Null(version);
        Assert.Null(await store.GetAsync("key-1", CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ConcurrentWritersFromSameVersion_ExactlyOneWins()
    {
        var store = App.DialogStates;
        await store.SaveAsync("key-1", """{"step":1}""", 0, T0, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(
            () => store.SaveAsync("key-1", $$"""{"writer":{{i}}}""", 1, T0, CancellationToken.None))));

        var winner = Assert.Single(results, version => version is not null);
        Assert.Equal(2, winner);
        var stored = await store.GetAsync("key-1", CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Contains("writer", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_NegativeExpectedVersion_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => App.DialogStates.SaveAsync("key-1", "{}", -1, T0, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_RemovesStateAndAllowsAFreshStart()
    {
        var store = App.DialogStates;
        await store.SaveAsync("key-1", """{"step":1}""", 0, T0, CancellationToken.None);
        await store.SaveAsync("key-2", """{"other":true}""", 0, T0, CancellationToken.None);

        await store.DeleteAsync("key-1", CancellationToken.None);

        Assert.Null(await store.GetAsync("key-1", CancellationToken.None));
        Assert.NotNull(await store.GetAsync("key-2", CancellationToken.None));
        Assert.Equal(1, await store.SaveAsync("key-1", """{"step":1}""", 0, T0, CancellationToken.None));
    }
}
