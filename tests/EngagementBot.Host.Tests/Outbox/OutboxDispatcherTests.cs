using System.Net;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Outbox;
using EngagementBot.Host.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Outbox;

/// <summary>The durable outbox through the real host, store and connector client.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private BotHost _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Outbox:FirstRetryDelay"] = "00:00:00.050",
        ["Outbox:MaxRetryDelay"] = "00:00:00.200",
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:MaxAttempts"] = "5",
        // the connector client's own retries are exhausted quickly so the outbox's retry shows
        ["Bot:Retry:MaxAttempts"] = "1",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Enqueue_ConnectorDownThenUp_IsDeliveredAfterRetries()
    {
        await KnowTheConversationAsync();
        var baseline = _bot.Connector.Calls.Count;
        _bot.Connector.FailNext(3, HttpStatusCode.ServiceUnavailable);

        var id = await EnqueueAsync("proactive hello");

        var message = await WaitForStatusAsync(id, OutboxStatus.Delivered);
        Assert.True(message.Attempts >= 1, "failed attempts are recorded");
        var delivered = _bot.Connector.Calls.Skip(baseline).Last();
        Assert.Equal("proactive hello", delivered.Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Enqueue_ConnectorRefusesForGood_IsMarkedFailedWithoutEndlessRetries()
    {
        await KnowTheConversationAsync();
        var baseline = _bot.Connector.Calls.Count;
        _bot.Connector.FailNext(1, HttpStatusCode.Forbidden);

        var id = await EnqueueAsync("not allowed");

        var message = await WaitForStatusAsync(id, OutboxStatus.Failed);
        Assert.Contains("403", message.LastError, StringComparison.Ordinal);
        Assert.Equal(1, _bot.Connector.Calls.Count - baseline);
    }

    private async Task KnowTheConversationAsync()
    {
        await _bot.PostAsync(TestActivities.Message("hi", _bot.ServiceUrl), _bot.ValidToken());
        await _bot.Connector.WaitForCallsAsync(1);
    }

    private Task<Guid> EnqueueAsync(string text) =>
        _bot.Services.GetRequiredService<EngagementBot.Host.Outbox.Outbox>().EnqueueAsync(
            ProactiveMessageSender.KindName,
            new ProactiveMessage("msteams", "a:personal-1", BotReply.FromText(text)),
            correlationId: null,
            CancellationToken.None);

    private async Task<OutboxMessage> WaitForStatusAsync(Guid id, OutboxStatus status)
    {
        var store = _bot.Services.GetRequiredService<IOutboxStore>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var message = await store.FindAsync(id, CancellationToken.None);
            if (message?.Status == status)
            {
                return message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"message stayed {message?.Status} (attempts {message?.Attempts})");
            await Task.Delay(50);
        }
    }
}
