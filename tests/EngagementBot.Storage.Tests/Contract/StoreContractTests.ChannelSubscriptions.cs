using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Channels;

namespace EngagementBot.Storage.Tests.Contract;

public abstract partial class StoreContractTests
{
    private IChannelSubscriptionStore Subscriptions => App.Get<IChannelSubscriptionStore>();

    protected static ChannelSubscriptionChange NewChange(string channel, string area, SubscriptionAction action, DateTimeOffset at) => new(
        Guid.NewGuid(), channel, "team-1", area, action, new ConversationRef("msteams", channel + ";messageid=1"), "aad-admin", at);

    [Fact]
    public async Task RecordAsync_On_IsCurrentAndSubscribedForTheArea()
    {
        var on = NewChange("19:north@thread.tacv2", "North", SubscriptionAction.On, T0);

        Assert.True(await Subscriptions.RecordAsync(on, CancellationToken.None));

        Assert.Equal(on, await Subscriptions.CurrentAsync("19:north@thread.tacv2", CancellationToken.None));
        Assert.Equal([on], await Subscriptions.SubscribedToAsync("north", CancellationToken.None));
        Assert.Empty(await Subscriptions.SubscribedToAsync("South", CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_OffAfterOn_NotSubscribedButHistoryKept()
    {
        var on = NewChange("19:a@thread.tacv2", "North", SubscriptionAction.On, T0);
        var off = NewChange("19:a@thread.tacv2", "North", SubscriptionAction.Off, T0.AddHours(1));
        await Subscriptions.RecordAsync(on, CancellationToken.None);
        await Subscriptions.RecordAsync(off, CancellationToken.None);

        Assert.Empty(await Subscriptions.SubscribedToAsync("North", CancellationToken.None));
        Assert.Equal(off, await Subscriptions.CurrentAsync("19:a@thread.tacv2", CancellationToken.None));
        Assert.Equal([on, off], await Subscriptions.HistoryAsync("19:a@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_ChannelMovedToAnotherArea_OnlyTheLatestAreaHasIt()
    {
        await Subscriptions.RecordAsync(NewChange("19:a@thread.tacv2", "North", SubscriptionAction.On, T0), CancellationToken.None);
        var moved = NewChange("19:a@thread.tacv2", "South", SubscriptionAction.On, T0.AddMinutes(1));
        await Subscriptions.RecordAsync(moved, CancellationToken.None);
        var other = NewChange("19:b@thread.tacv2", "South", SubscriptionAction.On, T0.AddMinutes(2));
        await Subscriptions.RecordAsync(other, CancellationToken.None);

        Assert.Empty(await Subscriptions.SubscribedToAsync("North", CancellationToken.None));
        Assert.Equal([moved, other], await Subscriptions.SubscribedToAsync("SOUTH", CancellationToken.None));
    }

    [Fact]
    public async Task RecordAsync_SameIdAgain_ReturnsFalseAndRecordsOnce()
    {
        var on = NewChange("19:a@thread.tacv2", "North", SubscriptionAction.On, T0);
        await Subscriptions.RecordAsync(on, CancellationToken.None);

        Assert.False(await Subscriptions.RecordAsync(on, CancellationToken.None));

        Assert.Single(await Subscriptions.HistoryAsync("19:a@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task CurrentAsync_NeverSubscribed_IsNull() =>
        Assert.Null(await Subscriptions.CurrentAsync("19:none@thread.tacv2", CancellationToken.None));
}
