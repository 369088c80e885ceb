namespace EngagementBot.Connector.Configuration;

/// <summary>How outbound connector calls are retried (section <c>Bot:Retry</c>).</summary>
public sealed record ConnectorRetryOptions
{
    /// <summary>Total attempts per call, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of one backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound of a delay a <c>Retry-After</c> header asks for.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one attempt before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
