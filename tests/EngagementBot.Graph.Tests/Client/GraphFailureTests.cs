using System.Diagnostics;
using System.Net;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;
using EngagementBot.Graph.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Graph.Tests.Client;

/// <summary>How Graph failures reach the outbox, through the real SDK pipeline.</summary>
public sealed class GraphFailureTests
{
    private static readonly ActivityFeedNotice Help = new(
        FeedActivityType.HelpRequested,
        FeedTopic.Text("Lone visit", "https://teams.microsoft.com/l/entity/app/home"),
        "Urgent: a worker asked for help",
        new FeedTemplateParameters(CaseReference: "CASE-7F3K", Worker: "Sam Worker"));

    [Fact]
    public async Task NotifyAsync_Throttled429WithRetryAfter_ThrowsTransientWithRetryAfterAndIsNotRetriedBySdk()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.SendActivityNotification, 1, GraphFault.Throttled(TimeSpan.FromSeconds(7)));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Help, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        // the SDK's retry handler is removed: the outbox, not a hidden in-process wait, retries
        Assert.Single(host.Graph.Calls);
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailable503_ThrowsTransientAfterOneCall()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.SendMail, 1, GraphFault.Unavailable());

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IMailNotifier>().SendAsync(GraphIds.Manager, new MailNotice("s", "b", RecipientAddress: "duty@contoso.example"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal(503, error.StatusCode);
        Assert.Null(error.RetryAfter);
        Assert.Single(host.Graph.Calls);
    }

    [Fact]
    public async Task FindLineManagerAsync_Forbidden403_ThrowsNonTransientWithCodeAndNoUserId()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.Manager, 1, GraphFault.Error(HttpStatusCode.Forbidden, "Authorization_RequestDenied"));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IManagerDirectory>().FindLineManagerAsync(GraphIds.Worker, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal("get line manager: Graph answered 403 (Authorization_RequestDenied)", error.Message);
    }

    [Fact]
    public async Task NotifyAsync_SlowerThanTimeout_ThrowsTransientTimeoutPromptly()
    {
        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?> { ["Graph:Timeout"] = "00:00:00.300" });
        host.Graph.FailNext(GraphRoute.SendActivityNotification, 1, GraphFault.Slow(TimeSpan.FromSeconds(10)));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Help, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task NotifyAsync_CallerCancels_ThrowsOperationCanceledNotDeliveryFailure()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.SendActivityNotification, 1, GraphFault.Slow(TimeSpan.FromSeconds(10)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Help, cancel.Token));
    }

    [Fact]
    public async Task NotifyAsync_GraphUnreachable_ThrowsTransient()
    {
        string deadBaseUrl;
        await using (var gone = await FakeGraphServer.StartAsync())
        {
            deadBaseUrl = gone.BaseUrl;
        }

        await using var host = await GraphTestHost.StartAsync(new Dictionary<string, string?> { ["Graph:BaseUrl"] = deadBaseUrl });

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Help, CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Null(error.StatusCode);
        Assert.Empty(host.Graph.Calls);
    }

    [Fact]
    public async Task NotifyAsync_AnyCall_AsksForTheDefaultScopeOfTheBaseUrlHost()
    {
        await using var host = await GraphTestHost.StartAsync();

        await host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Help, CancellationToken.None);

        Assert.Equal([new Uri(host.Graph.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default"], host.Credential.LastScopes);
    }
}
