using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using static EngagementBot.Host.Tests.Flows.Approvals.ApprovalFlowHost;

namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>Graph throttling and outages on the way: the outbox retries, honours Retry-After, and loses nothing.</summary>
public sealed class JointVisitResilienceTests : IAsyncLifetime
{
    /// <summary>The approval's two deadline timers, and the lone-worker end-of-day sweep every host queues at start.</summary>
    private const int TimersLeft = 3;

    private ApprovalFlowHost _flow = null!;

    public async Task InitializeAsync() => _flow = await ApprovalFlowHost.StartAsync();

    public async Task DisposeAsync() => await _flow.DisposeAsync();

    [Fact]
    public async Task Request_GraphThrottlesAndFailsThenRecovers_CardFeedAndMailAllDelivered()
    {
        _flow.Graph.FailNext(GraphRoute.ListInstalledApps, 2, GraphFault.Unavailable());
        _flow.Graph.FailNext(GraphRoute.User, 1, GraphFault.Throttled(TimeSpan.FromSeconds(1)));
        _flow.Graph.FailNext(GraphRoute.SendMail, 1, GraphFault.Unavailable());
        _flow.Graph.FailNext(GraphRoute.SendActivityNotification, 1, GraphFault.Throttled(TimeSpan.FromSeconds(1)));
        _flow.Graph.FailNext(GraphRoute.SendActivityNotification, 1, GraphFault.Unavailable());

        var approval = await _flow.RequestAsync();

        Assert.Equal(3, _flow.Graph.CallsTo(GraphRoute.ListInstalledApps).Count);
        Assert.True(_flow.Graph.IsInstalled(Manager, BotHost.GraphTeamsAppId));
        await Eventually.TrueAsync(() => _flow.FeedNoticesTo(Manager).Count == 3, "the feed notice went through on its third attempt");
        await Eventually.TrueAsync(() => _flow.MailsAbout().Count >= 2, "the mail went through after a 503");
        var lookups = _flow.Graph.CallsTo(GraphRoute.User);
        Assert.True(lookups.Count >= 2, "the throttled mail-address look-up was retried");
        Assert.True(lookups[1].At - lookups[0].At >= TimeSpan.FromSeconds(0.9), $"Retry-After was honoured: {lookups[1].At - lookups[0].At}");
        var feeds = _flow.FeedNoticesTo(Manager);
        Assert.True(feeds[1].At - feeds[0].At >= TimeSpan.FromSeconds(0.9), $"Retry-After was honoured: {feeds[1].At - feeds[0].At}");
        await Eventually.TrueAsync(() => CountPending() == TimersLeft, "only the timers are still pending");
        Assert.Single(approval.PostedCards, c => c.RecipientAadObjectId == Manager);
    }

    [Fact]
    public async Task Invoke_ConnectorDownWhileTellingEveryone_UpdatesAndMessageDeliveredAfterRetries()
    {
        var approval = await _flow.RequestAsync();
        await Eventually.TrueAsync(() => CountPending() == TimersLeft, "the request's notifications went out");
        _flow.Connector.FailNext(2, System.Net.HttpStatusCode.ServiceUnavailable);

        await _flow.InvokeAsync("approve", approval.Id, Manager, ManagerName, ManagerChat(approval));

        // the two failed calls are recorded too: three deliveries need five calls
        await Eventually.TrueAsync(() => TellingCalls() == 5, "the two failed deliveries were retried");
        await Eventually.TrueAsync(() => CountPending() == TimersLeft, "nothing but the timers is left");
        Assert.Equal(2, _flow.CardUpdates().Select(u => u.Path).Distinct().Count());
        Assert.Contains($"{ManagerName} approved the joint visit for {CaseReference}.", _flow.TextsIn("a:personal-1"));
    }

    private int TellingCalls() =>
        _flow.CardUpdates().Count + _flow.TextsIn("a:personal-1").Count(t => t.Contains(" approved the joint visit", StringComparison.Ordinal));

    private int CountPending() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IOutboxStore>(_flow.Bot.Services)
            .CountPendingAsync(CancellationToken.None).GetAwaiter().GetResult();
}
