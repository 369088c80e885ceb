using EngagementBot.Domain.Channels;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Tests.Flows.Incidents;
using EngagementBot.Host.Tests.TestSupport;

namespace EngagementBot.Host.Tests.Flows.Channels;

/// <summary>"alerts on / off / status" in a team channel, through the real host and store.</summary>
public sealed class ChannelAlertResponderTests : IAsyncLifetime
{
    private IncidentFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await IncidentFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    private IChannelSubscriptionStore Store => _flow.Get<IChannelSubscriptionStore>();

    [Fact]
    public async Task Alerts_AdminTurnsOnThenOff_StoredWithWhoAndHistoryKept()
    {
        Assert.Equal([ChannelAlertTexts.On("North")], await _flow.MentionAsync("alerts on area=north"));
        Assert.Contains("gets risk alerts for North", (await _flow.MentionAsync("alerts status"))[0], StringComparison.Ordinal);
        Assert.Equal([ChannelAlertTexts.Off("North")], await _flow.MentionAsync("alerts off"));
        Assert.Equal([ChannelAlertTexts.StatusOff], await _flow.MentionAsync("alerts status"));

        var history = await Store.HistoryAsync(IncidentFlowHost.TeamsChannel, CancellationToken.None);
        Assert.Equal([SubscriptionAction.On, SubscriptionAction.Off], history.Select(h => h.Action));
        Assert.All(history, h => Assert.Equal((TestActivities.UserAadObjectId, "19:team@thread.tacv2", "North"), (h.ChangedBy, h.TeamId, h.Area)));
        Assert.Empty(await Store.SubscribedToAsync("North", CancellationToken.None));
    }

    [Fact]
    public async Task Alerts_OnForAnotherArea_MovesTheChannel()
    {
        await _flow.MentionAsync("alerts on area=North");

        Assert.Equal([ChannelAlertTexts.Moved("North", "South")], await _flow.MentionAsync("alerts on area=South"));

        Assert.Empty(await Store.SubscribedToAsync("North", CancellationToken.None));
        Assert.Single(await Store.SubscribedToAsync("South", CancellationToken.None));
    }

    [Theory]
    [InlineData("alerts on area=North")]
    [InlineData("alerts off")]
    public async Task Alerts_NotAnAdmin_KindRefusalAndNothingStored(string command)
    {
        Assert.Equal([ChannelAlertTexts.AdminsOnly], await _flow.MentionAsync(command, aadObjectId: "aad-someone-else"));

        Assert.Empty(await Store.HistoryAsync(IncidentFlowHost.TeamsChannel, CancellationToken.None));
    }

    [Fact]
    public async Task Alerts_StatusByAnyone_Answered() =>
        Assert.Equal([ChannelAlertTexts.StatusOff], await _flow.MentionAsync("alerts status", aadObjectId: "aad-someone-else"));

    [Theory]
    [InlineData("alerts on area=Atlantis", "I don't know an area called \"Atlantis\". Areas: North, South.")]
    [InlineData("alerts on", "Which area? For example \"alerts on area=North\". Areas: North, South.")]
    [InlineData("alerts off", ChannelAlertTexts.AlreadyOff)]
    [InlineData("alerts", ChannelAlertTexts.Usage)]
    public async Task Alerts_MistakesAndUsage_SayWhatToDo(string command, string expected)
    {
        Assert.Equal([expected], await _flow.MentionAsync(command));

        Assert.Empty(await Store.HistoryAsync(IncidentFlowHost.TeamsChannel, CancellationToken.None));
    }

    [Fact]
    public async Task Alerts_InAPersonalChat_ExplainsWhereToSetThemUp() =>
        Assert.Equal([ChannelAlertTexts.NotInChannel], await _flow.SayAsync("alerts on area=North"));
}
