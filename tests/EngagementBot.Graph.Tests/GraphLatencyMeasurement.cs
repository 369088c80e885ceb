using System.Diagnostics;
using System.Globalization;
using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Xunit.Abstractions;

namespace EngagementBot.Graph.Tests;

/// <summary>
/// Measures (does not assert) how long one activity-feed notification plus one mail take through
/// the real SDK against the local fake: our overhead, not Graph's. Printed to the test output.
/// </summary>
public sealed class GraphLatencyMeasurement(ITestOutputHelper output)
{
    private const int Rounds = 50;

    [Fact]
    public async Task NotifyAndMail_AgainstFake_ReportsLatency()
    {
        await using var host = await GraphTestHost.StartAsync();
        var notifier = host.Get<IActivityFeedNotifier>();
        var mailer = host.Get<IMailNotifier>();
        var notice = new ActivityFeedNotice(
            FeedActivityType.HelpRequested,
            FeedTopic.Text("Lone visit", "https://teams.microsoft.com/l/x"),
            "Urgent: a worker asked for help",
            new FeedTemplateParameters(CaseReference: "CASE-1", Worker: "Sam"));
        var mail = new MailNotice("Help requested", "A worker asked for help.", RecipientAddress: "duty@contoso.example");

        var cold = Stopwatch.StartNew();
        await notifier.NotifyAsync(GraphIds.Manager, notice, CancellationToken.None);
        await mailer.SendAsync(GraphIds.Manager, mail, CancellationToken.None);
        cold.Stop();

        var warm = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var round = Stopwatch.StartNew();
            await notifier.NotifyAsync(GraphIds.Manager, notice, CancellationToken.None);
            await mailer.SendAsync(GraphIds.Manager, mail, CancellationToken.None);
            warm.Add(round.Elapsed.TotalMilliseconds);
        }

        warm.Sort();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"sendActivityNotification + sendMail: first {cold.Elapsed.TotalMilliseconds:F1} ms; warm median {warm[Rounds / 2]:F2} ms, p95 {warm[(int)(Rounds * 0.95)]:F2} ms, max {warm[^1]:F2} ms ({Rounds} rounds)"));
        Assert.Equal(Rounds + 1, host.Graph.CallsTo(GraphRoute.SendActivityNotification).Count);
        Assert.Equal(Rounds + 1, host.Graph.CallsTo(GraphRoute.SendMail).Count);
    }
}
