namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TryMarkProcessedAsync_FirstTime_ReturnsTrue()
    {
        var marked = await App.ProcessedActivities.TryMarkProcessedAsync("msteams|conv-1", "activity-1", T0, CancellationToken.None);

        Assert.True(marked);
    }

    [Fact]
    public async Task TryMarkProcessedAsync_SamePairAgain_ReturnsFalse()
    {
        var store = App.ProcessedActivities;
        await store.TryMarkProcessedAsync("msteams|conv-1", "activity-1", T0, CancellationToken.None);

        var again = await store.TryMarkProcessedAsync("msteams|conv-1", "activity-1", T0.AddSeconds(5), CancellationToken.None);

        Assert.False(again);
    }

    [Fact]
    public async Task TryMarkProcessedAsync_SameActivityIdInOtherConversation_ReturnsTrue()
    {
        var store = App.ProcessedActivities;
        await store.TryMarkProcessedAsync("msteams|conv-1", "activity-1", T0, CancellationToken.None);

        var other = await store.TryMarkProcessedAsync("msteams|conv-2", "activity-1", T0, CancellationToken.None);

        Assert.True(other);
    }

    [Fact]
    public async Task TryMarkProcessedAsync_ConcurrentDuplicates_ExactlyOneReturnsTrue()
    {
        var store = App.ProcessedActivities;

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(
            () => store.TryMarkProcessedAsync("msteams|conv-1", "activity-1", T0, CancellationToken.None))));

        Assert.Equal(1, results.Count(marked => marked));
    }

    [Fact]
    public async Task PurgeOlderThanAsync_MixedAges_RemovesOnlyOlderPairsAndCountsThem()
    {
        var store = App.ProcessedActivities;
        await store.TryMarkProcessedAsync("msteams|conv-1", "old-1", T0, CancellationToken.None);
        await store.TryMarkProcessedAsync("msteams|conv-1", "old-2", T0.AddMinutes(1), CancellationToken.None);
        await store.TryMarkProcessedAsync("msteams|conv-1", "at-cutoff", T0.AddMinutes(2), CancellationToken.None);
        await store.TryMarkProcessedAsync("msteams|conv-1", "new", T0.AddMinutes(3), CancellationToken.None);

        var removed = await store.PurgeOlderThanAsync(T0.AddMinutes(2), CancellationToken.None);

        Assert.Equal(2, removed);
        Assert.True(await store.TryMarkProcessedAsync("msteams|conv-1", "old-1", T0.AddMinutes(4), CancellationToken.None));
        Assert.False(await store.TryMarkProcessedAsync("msteams|conv-1", "at-cutoff", T0.AddMinutes(4), CancellationToken.None));
        Assert.False(await store.TryMarkProcessedAsync("msteams|conv-1", "new", T0.AddMinutes(4), CancellationToken.None));
    }

    [Fact]
    public async Task PurgeOlderThanAsync_ThousandsOfOldPairs_RemovesThemAll()
    {
        var store = App.ProcessedActivities;
        for (var i = 0; i < 2_500; i++)
        {
            await store.TryMarkProcessedAsync("msteams|conv-1", $"activity-{i}", T0, CancellationToken.None);
        }

        await store.TryMarkProcessedAsync("msteams|conv-1", "kept", T0.AddDays(2), CancellationToken.None);

        var removed = await store.PurgeOlderThanAsync(T0.AddDays(1), CancellationToken.None);

        Assert.Equal(2_500, removed);
        Assert.Equal(0, await store.PurgeOlderThanAsync(T0.AddDays(1), CancellationToken.None));
        Assert.False(await store.TryMarkProcessedAsync("msteams|conv-1", "kept", T0.AddDays(2), CancellationToken.None));
    }
}
