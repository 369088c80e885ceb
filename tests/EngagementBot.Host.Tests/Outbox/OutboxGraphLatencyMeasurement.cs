using System.Diagnostics;
using System.Globalization;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EngagementBot.Host.Tests.Outbox;

/// <summary>
/// Measures (does not assert) outbox delivery latency to the local fake Graph through the real host:
/// from <c>Outbox.EnqueueAsync</c> returning to the fake receiving the request. One at a time (the
/// dispatcher woken by each enqueue), then a burst. Printed to the test output.
/// </summary>
public sealed class OutboxGraphLatencyMeasurement(ITestOutputHelper output)
{
    private const int Messages = 100;

    [Fact]
    public async Task EnqueueToFakeGraph_HundredFeedNotices_ReportsLatency()
    {
        await using var bot = await BotHost.StartAsync(graph: await FakeGraphServer.StartAsync());
        var outbox = bot.Services.GetRequiredService<EngagementBot.Host.Outbox.Outbox>();
        var notice = new ActivityFeedNotice(
            FeedActivityType.JointVisitApproval,
            FeedTopic.Text("Joint visit approval", "https://teams.microsoft.com/l/chat/0/0?users=28%3Abot"),
            "Joint visit approval needed for SC-0017",
            new FeedTemplateParameters(CaseReference: "SC-0017"));
        await outbox.EnqueueAsync(GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload("aad-warm-up", notice), null, CancellationToken.None);
        await WaitForAsync(bot.Graph!, 1);

        var one = new List<double>();
        for (var i = 0; i < Messages; i++)
        {
            var before = bot.Graph!.CallsTo(GraphRoute.SendActivityNotification).Count;
            var started = Stopwatch.GetTimestamp();
            await outbox.EnqueueAsync(GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload("aad-" + i, notice), null, CancellationToken.None);
            await WaitForAsync(bot.Graph, before + 1);
            one.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var burstStarted = Stopwatch.GetTimestamp();
        var baseline = bot.Graph!.CallsTo(GraphRoute.SendActivityNotification).Count;
        for (var i = 0; i < Messages; i++)
        {
            await outbox.EnqueueAsync(GraphOutboxKinds.ActivityFeed, new ActivityFeedPayload("aad-burst-" + i, notice), null, CancellationToken.None);
        }

        await WaitForAsync(bot.Graph, baseline + Messages);
        var burst = Stopwatch.GetElapsedTime(burstStarted).TotalMilliseconds;

        one.Sort();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"outbox -> fake Graph sendActivityNotification, one at a time ({Messages}): p50 {Percentile(one, 0.50):F1} ms, p99 {Percentile(one, 0.99):F1} ms, max {one[^1]:F1} ms; burst of {Messages}: all delivered in {burst:F0} ms ({burst / Messages:F1} ms each)"));
        Assert.Equal(2 * Messages + 1, bot.Graph.CallsTo(GraphRoute.SendActivityNotification).Count);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task WaitForAsync(FakeGraphServer graph, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (graph.CallsTo(GraphRoute.SendActivityNotification).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the outbox did not deliver in time");
            await Task.Delay(1);
        }
    }
}
