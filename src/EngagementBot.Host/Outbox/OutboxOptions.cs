using System.ComponentModel.DataAnnotations;

namespace EngagementBot.Host.Outbox;

/// <summary>How the outbox dispatcher claims and retries (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the dispatcher looks for due work when nothing woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed message stays invisible to other instances.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How many messages of a batch are delivered at once, each about something different (messages about
    /// the same session or alert always go one after another, in order).
    /// </summary>
    [Range(1, 64)]
    public int MaxParallelDeliveries { get; set; } = 16;

    /// <summary>Attempts before a message is marked failed and escalated.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>First retry delay; doubles per attempt (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
