namespace EngagementBot.Host.Outbox;

/// <summary>Exponential backoff with full jitter for outbox retries.</summary>
public static class RetrySchedule
{
    public static TimeSpan DelayFor(int attempt, TimeSpan first, TimeSpan max, Random random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var ceiling = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        // at least half the ceiling, so retries never bunch at zero
        var jittered = (ceiling / 2) + (random.NextDouble() * ceiling / 2);
        return TimeSpan.FromMilliseconds(jittered);
    }
}
