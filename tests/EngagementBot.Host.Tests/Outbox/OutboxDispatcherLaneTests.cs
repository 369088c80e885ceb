using System.Collections.Concurrent;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Host.Tests.Outbox;

/// <summary>A batch goes out in lanes: messages about different things side by side, messages about one thing in order.</summary>
public sealed class OutboxDispatcherLaneTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task DispatchDueAsync_MessagesAboutDifferentThings_AreSentSideBySide()
    {
        var batch = Enumerable.Range(0, 4).Select(i => Message($"alert-{i}")).ToList();
        var sender = new GatedSender(releaseAt: 4);

        var (store, delivered) = await DispatchAsync(batch, sender, maxParallel: 4);

        Assert.Equal(4, delivered);
        Assert.Equal(4, sender.MostAtOnce);
        store.Verify(s => s.MarkDeliveredAsync(It.IsAny<Guid>(), Now, It.IsAny<CancellationToken>()), Times.Exactly(4));
    }

    [Fact]
    public async Task DispatchDueAsync_MessagesAboutOneThing_AreSentOneAfterAnotherInTheirOrder()
    {
        var batch = new[] { Message("alert-1"), Message("alert-1"), Message("alert-2"), Message("alert-1") };
        var sender = new GatedSender(releaseAt: 2);

        await DispatchAsync(batch, sender, maxParallel: 8);

        Assert.Equal(2, sender.MostAtOnce);
        Assert.Equal([batch[0].Id, batch[1].Id, batch[3].Id], sender.Started.Where(m => m.CorrelationId == "alert-1").Select(m => m.Id));
    }

    [Fact]
    public async Task DispatchDueAsync_OneDeliveryAtATime_NeverTwoAtOnce()
    {
        var batch = new[] { Message("alert-1"), Message(null), Message("alert-2") };
        var sender = new GatedSender(releaseAt: 1);

        await DispatchAsync(batch, sender, maxParallel: 1);

        Assert.Equal(1, sender.MostAtOnce);
        Assert.Equal(batch.Select(m => m.Id), sender.Started.Select(m => m.Id));
    }

    [Fact]
    public async Task DispatchDueAsync_LeaseNearlySpentMidLane_LeavesTheRestUnsentAndUnmarkedForTheNextClaim()
    {
        var batch = new[] { Message("alert-1"), Message("alert-1") };
        var now = Now;
        var sender = new SlowSender(onSend: () => now += TimeSpan.FromSeconds(55));

        var (store, delivered) = await DispatchAsync(batch, sender, maxParallel: 4, clock: () => now, lease: TimeSpan.FromMinutes(1));

        Assert.Equal(2, delivered);
        Assert.Equal([batch[0].Id], sender.Sent);
        store.Verify(s => s.MarkDeliveredAsync(batch[0].Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.MarkDeliveredAsync(batch[1].Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
        store.Verify(s => s.MarkRetryAsync(batch[1].Id, It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
        store.Verify(s => s.MarkFailedAsync(batch[1].Id, It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchDueAsync_DeliveryOutlivesTheLease_IsCancelledAndRetriedLater()
    {
        var batch = new[] { Message("alert-1") };
        var sender = new SlowSender(hangUntilCancelled: true);

        var (store, _) = await DispatchAsync(batch, sender, maxParallel: 1, lease: TimeSpan.FromMilliseconds(200));

        Assert.True(sender.WasCancelled);
        store.Verify(s => s.MarkRetryAsync(batch[0].Id, It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.MarkDeliveredAsync(It.IsAny<Guid>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static OutboxMessage Message(string? correlationId) =>
        new(Guid.NewGuid(), GatedSender.KindName, "{}", Now, Now, 0, OutboxStatus.Pending, null, correlationId);

    private static async Task<(Mock<IOutboxStore> Store, int Delivered)> DispatchAsync(
        IReadOnlyList<OutboxMessage> batch, IOutboxSender sender, int maxParallel, Func<DateTimeOffset>? clock = null, TimeSpan? lease = null)
    {
        var store = new Mock<IOutboxStore>();
        store.Setup(s => s.ClaimDueAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(batch);
        var time = new Mock<TimeProvider>();
        time.Setup(c => c.GetUtcNow()).Returns(() => clock?.Invoke() ?? Now);
        var settings = new OutboxOptions { MaxParallelDeliveries = maxParallel, Lease = lease ?? TimeSpan.FromMinutes(1) };
        var dispatcher = new OutboxDispatcher(store.Object, [sender], new OutboxSignal(), Options.Create(settings), time.Object, NullLogger<OutboxDispatcher>.Instance);
        var delivered = await dispatcher.DispatchDueAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        return (store, delivered);
    }

    /// <summary>Records what it sent; runs <c>onSend</c> for each, or hangs until its delivery is cancelled.</summary>
    private sealed class SlowSender(Action? onSend = null, bool hangUntilCancelled = false) : IOutboxSender
    {
        private readonly ConcurrentQueue<Guid> _sent = new();

        public string Kind => GatedSender.KindName;

        public IReadOnlyList<Guid> Sent => [.. _sent];

        public bool WasCancelled { get; private set; }

        public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (hangUntilCancelled)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    WasCancelled = true;
                    throw;
                }
            }

            onSend?.Invoke();
            _sent.Enqueue(message.Id);
        }
    }

    /// <summary>
    /// Holds every send until <c>releaseAt</c> are in flight together (or a moment has passed, when no more
    /// can be), recording the order sends started in and the most in flight at once.
    /// </summary>
    private sealed class GatedSender(int releaseAt) : IOutboxSender
    {
        public const string KindName = "test.lane";

        private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<OutboxMessage> _started = new();
        private int _inFlight;
        private int _most;

        public string Kind => KindName;

        public int MostAtOnce => Volatile.Read(ref _most);

        public IReadOnlyList<OutboxMessage> Started => [.. _started];

        public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            _started.Enqueue(message);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _most, now);
            if (now >= releaseAt)
            {
                _enough.TrySetResult();
            }

            await Task.WhenAny(_enough.Task, Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken));
            Interlocked.Decrement(ref _inFlight);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
