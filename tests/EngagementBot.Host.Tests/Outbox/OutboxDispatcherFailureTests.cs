using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Host.Tests.Outbox;

/// <summary>What the dispatcher does with a failed delivery: when it retries, and what it records and logs when it stops.</summary>
public sealed class OutboxDispatcherFailureTests
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

    [Fact]
    public async Task DispatchDueAsync_SwitchedOffByConfiguration_RecordedFailedAndLoggedAsInformationNotError()
    {
        var logger = Logger();
        var (store, dispatcher) = Dispatcher(new OutboxDeliveryException("send mail: Graph is not configured", isTransient: false) { IsSwitchedOff = true }, logger.Object);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        store.Verify(s => s.MarkFailedAsync(It.IsAny<Guid>(), It.Is<string>(e => e.Contains("not configured", StringComparison.Ordinal)), Now, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal([LogLevel.Information], Levels(logger));
    }

    [Fact]
    public async Task DispatchDueAsync_PermanentFailure_RecordedFailedAndLoggedAsError()
    {
        var logger = Logger();
        var (store, dispatcher) = Dispatcher(new OutboxDeliveryException("connector answered 403", isTransient: false), logger.Object);

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        store.Verify(s => s.MarkFailedAsync(It.IsAny<Guid>(), It.IsAny<string>(), Now, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal([LogLevel.Error], Levels(logger));
    }

    private static Mock<ILogger<OutboxDispatcher>> Logger()
    {
        var logger = new Mock<ILogger<OutboxDispatcher>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        return logger;
    }

    private static IReadOnlyList<LogLevel> Levels(Mock<ILogger<OutboxDispatcher>> logger) =>
        [.. logger.Invocations.Where(i => i.Method.Name == nameof(ILogger.Log)).Select(i => (LogLevel)i.Arguments[0]!)];

    private static (Mock<IOutboxStore> Store, OutboxDispatcher Dispatcher) Dispatcher(Exception failure, ILogger<OutboxDispatcher>? logger = null)
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
            store.Object, [sender.Object], new OutboxSignal(), Options.Create(new OutboxOptions()), clock.Object, logger ?? NullLogger<OutboxDispatcher>.Instance);
        return (store, dispatcher);
    }
}
