namespace EngagementBot.Domain.Outbox;

/// <summary>
/// One notification waiting to be delivered. <see cref="Kind"/> names the sender that knows how
/// to deliver <see cref="Payload"/> (a JSON document); the outbox itself is agnostic.
/// </summary>
public sealed record OutboxMessage(
    Guid Id,
    string Kind,
    string Payload,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    int Attempts,
    OutboxStatus Status,
    string? LastError,
    string? CorrelationId);

public enum OutboxStatus
{
    Pending,
    Delivered,
    /// <summary>Gave up after the retry budget; someone must be told (escalation).</summary>
    Failed,
}
