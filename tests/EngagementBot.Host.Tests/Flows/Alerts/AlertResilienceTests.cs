using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.Alerts;
using EngagementBot.Host.Outbox;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Testing.Fakes;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.Alerts;

/// <summary>The ladder's timers live in the store, and Graph outages only delay what goes out.</summary>
public sealed class AlertResilienceTests
{
    [Fact]
    public async Task Restart_BetweenRungs_ANewHostOnTheSameDatabaseTellsTheNextRung()
    {
        var folder = Path.Combine(Path.GetTempPath(), "engagementbot-tests", "alerts-restart-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "bot.db");
        try
        {
            Guid alertId;
            await using (var before = await AlertFlowHost.StartAsync(MondayMorning, database))
            {
                alertId = (await before.RaiseOverdueAsync()).Id;
                await before.CardPostedToAsync(alertId, Manager);
                await Eventually.TrueAsync(() => before.MailsTo("alex@contoso.example").Count == 1, "the manager was mailed");
                Assert.False(await before.HasCardAsync(alertId, Second));
            }

            await using var after = await AlertFlowHost.StartAsync(MondayMorning + AcknowledgeWithin, database);
            await after.SayAsync("hi"); // the fake connector of the new host listens on a new address

            // An attempt made before that failed and waits for its retry on the manual clock, which moves a
            // little at each look (never near the next rung), however late the new host's first attempt was.
            await Eventually.ValueAsync(
                async () =>
                {
                    after.Advance(TimeSpan.FromMilliseconds(100));
                    return await after.HasCardAsync(alertId, Second) ? "posted" : null;
                },
                "the second contact's card was posted by the new host");
            await after.CardPostedToAsync(alertId, Second);
            await Eventually.TrueAsync(() => after.MailsTo("sky@contoso.example").Count == 1, "the second contact was mailed by the new host");
            Assert.Empty(after.MailsTo("alex@contoso.example"));
            Assert.Equal(1, (await after.Alerts.FindAsync(alertId, CancellationToken.None))!.Step);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless
            }
        }
    }

    [Fact]
    public async Task GraphUnavailable_MailAndFeedFailThenRecover_BothStillDelivered()
    {
        await using var flow = await AlertFlowHost.StartAsync(MondayMorning);
        flow.Graph.FailNext(GraphRoute.SendMail, 3, GraphFault.Unavailable());
        flow.Graph.FailNext(GraphRoute.SendActivityNotification, 3, GraphFault.Unavailable());

        var alert = await flow.RaiseOverdueAsync();

        var key = AlertNotifications.Key(alert);
        var mail = OutboxIds.For(key, "mail", "0", Manager);
        var feed = OutboxIds.For(key, "feed", "0", Manager);
        await Eventually.ValueAsync(
            async () =>
            {
                flow.Advance(TimeSpan.FromSeconds(1)); // retries are due on the host's clock
                var delivered = await Task.WhenAll(flow.OutboxStore.FindAsync(mail, CancellationToken.None), flow.OutboxStore.FindAsync(feed, CancellationToken.None));
                return delivered.All(m => m?.Status == OutboxStatus.Delivered) ? delivered : null;
            },
            "the mail and the feed notice were delivered");
        Assert.True((await flow.OutboxStore.FindAsync(mail, CancellationToken.None))!.Attempts >= 4);
        Assert.True((await flow.OutboxStore.FindAsync(feed, CancellationToken.None))!.Attempts >= 4);
        Assert.Single(flow.MailsTo("alex@contoso.example").Skip(3));
    }
}
