using System.Net;
using System.Text.Json.Nodes;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Tests.TestSupport;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.Graph.Tests.ActivityFeed;

public sealed class GraphActivityFeedNotifierTests
{
    private const string DeepLink = "https://teams.microsoft.com/l/entity/77777777-7777-7777-7777-777777777777/home";

    private static readonly ActivityFeedNotice Overdue = new(
        FeedActivityType.OverdueVisitAlert,
        FeedTopic.Text("Lone visit", DeepLink),
        "Overdue visit: please check in with the worker",
        new FeedTemplateParameters(CaseReference: "CASE-7F3K", Worker: "Sam Worker", MinutesOverdue: 25));

    [Fact]
    public async Task NotifyAsync_OverdueVisitAlert_PostsManifestActivityTypePreviewAndTemplateParameters()
    {
        await using var host = await GraphTestHost.StartAsync();

        await host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Overdue, CancellationToken.None);

        var call = Assert.Single(host.Graph.Calls);
        Assert.Equal(("POST", $"/v1.0/users/{GraphIds.Manager}/teamwork/sendActivityNotification"), (call.Method, call.Path));
        var body = Assert.IsType<JsonObject>(call.Body);
        Assert.Equal("overdueVisitAlert", body["activityType"]?.GetValue<string>());
        Assert.Equal("Overdue visit: please check in with the worker", body["previewText"]?["content"]?.GetValue<string>());
        Assert.Equal("text", body["topic"]?["source"]?.GetValue<string>());
        Assert.Equal("Lone visit", body["topic"]?["value"]?.GetValue<string>());
        Assert.Equal(DeepLink, body["topic"]?["webUrl"]?.GetValue<string>());
        Assert.Equal(GraphIds.TeamsApp, body["teamsAppId"]?.GetValue<string>());
        Assert.Equal(
            [("caseReference", "CASE-7F3K"), ("worker", "Sam Worker"), ("minutesOverdue", "25")],
            body["templateParameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["value"]!.GetValue<string>())));
        Assert.Null(body["chainId"]);
    }

    [Fact]
    public async Task NotifyAsync_EntityTopicWithChainId_SendsEntityUrlAndChainWithoutWebUrl()
    {
        await using var host = await GraphTestHost.StartAsync();
        var entityUrl = $"https://graph.microsoft.com/v1.0/users/{GraphIds.Manager}/teamwork/installedApps/installation-1";
        var notice = new ActivityFeedNotice(
            FeedActivityType.JointVisitDecision,
            FeedTopic.Entity(entityUrl),
            "Joint visit approved",
            new FeedTemplateParameters(CaseReference: "CASE-7F3K", Decision: "approved"),
            ChainId: 42);

        await host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, notice, CancellationToken.None);

        var body = Assert.Single(host.Graph.Calls).Body!;
        Assert.Equal("jointVisitDecision", body["activityType"]?.GetValue<string>());
        Assert.Equal("entityUrl", body["topic"]?["source"]?.GetValue<string>());
        Assert.Equal(entityUrl, body["topic"]?["value"]?.GetValue<string>());
        Assert.Null(body["topic"]?["webUrl"]);
        Assert.Equal(42, body["chainId"]?.GetValue<long>());
        Assert.Equal(
            ["caseReference", "decision"],
            body["templateParameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NotifyAsync_TemplateParameterMissing_ThrowsNonTransientWithoutCallingGraph()
    {
        await using var host = await GraphTestHost.StartAsync();
        var notice = Overdue with { TemplateParameters = new FeedTemplateParameters(CaseReference: "CASE-7F3K") };

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, notice, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("worker, minutesOverdue", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Graph.Calls);
    }

    [Fact]
    public async Task NotifyAsync_TextTopicWithoutWebUrl_ThrowsNonTransientWithoutCallingGraph()
    {
        await using var host = await GraphTestHost.StartAsync();
        var notice = Overdue with { Topic = new FeedTopic(FeedTopicSource.Text, "Lone visit") };

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, notice, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Empty(host.Graph.Calls);
    }

    [Fact]
    public async Task NotifyAsync_RecipientUnknown404_ThrowsNonTransientNamingNoUser()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Graph.FailNext(GraphRoute.SendActivityNotification, 1, GraphFault.Error(HttpStatusCode.NotFound, "NotFound"));

        var error = await Assert.ThrowsAsync<GraphDeliveryException>(
            () => host.Get<IActivityFeedNotifier>().NotifyAsync(GraphIds.Manager, Overdue, CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Equal(404, error.StatusCode);
        Assert.DoesNotContain(GraphIds.Manager, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CASE-7F3K", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }
}
