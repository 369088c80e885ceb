using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Host.Tests.Outbox;

public sealed class OutboxDispatcherRetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task DispatchDueAsync_FailureAsksToWaitLongerThanTheBackoff_RetriesNoSooner()
    {
        var (store, dispatcher) = Dispatcher(new OutboxDeliveryException("throttled", isTransient: true, retryAfter: TimeSpan.FromSeconds(30)));

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        store.Verify(s => s.MarkRetryAsync(It.IsAny<Guid>(), It.IsAny<string>(), Now + TimeSpan.FromSeconds(30), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchDueAsync_RetryAfterShorterThanTheBackoff_KeepsTheBackoff()
    {
        var (store, dispatcher) = Dispatcher(new OutboxDeliveryException("throttled", isTransient: true, retryAfter: TimeSpan.FromMilliseconds(1)));

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        // first retry delay 2 s with jitter: between half and all of it
        store.Verify(s => s.MarkRetryAsync(
            It.IsAny<Guid>(), It.IsAny<string>(), It.Is<DateTimeOffset>(at => at >= Now.AddSeconds(1) && at <= Now.AddSeconds(2)), It.IsAny<CancellationToken>()), Times.Once);
    }

    private static (Mock<IOutboxStore> Store, OutboxDispatcher Dispatcher) Dispatcher(Exception failure)
    {
        var message = new OutboxMessage(Guid.NewGuid(), "test.kind", "{}", Now, Now, 0, OutboxStatus.Pending, null, null);
        var store = new Mock<IOutboxStore>();
        store.Setup(s => s.ClaimDueAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([message]);
        var sender = new Mock<IOutboxSender>();
        sender.SetupGet(s => s.Kind).Returns("test.kind");
        sender.Setup(s => s.SendAsync(message, It.IsAny<CancellationToken>())).ThrowsAsync(failure);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Now);
        var dispatcher = new OutboxDispatcher(
            store.Object, [sender.Object], new OutboxSignal(), Options.Create(new OutboxOptions()), clock.Object, NullLogger<OutboxDispatcher>.Instance);
        return (store, dispatcher);
    }
}
