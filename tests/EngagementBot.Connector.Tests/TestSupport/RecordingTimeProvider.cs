using System.Collections.Concurrent;

namespace EngagementBot.Connector.Tests.TestSupport;

/// <summary>
/// A clock tests move by hand. Every timer (Task.Delay through this provider) is recorded,
/// moves the clock by its due time and fires at once, so nothing really waits.
/// </summary>
public sealed class RecordingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = start;

    public RecordingTimeProvider()
        : this(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            RequestedDelays.Enqueue(dueTime);
            Advance(dueTime);
            _ = Task.Run(async () =>
            {
                await Task.Yield();
                callback(state);
            });
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
