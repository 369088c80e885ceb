using System.Text.Json;
using EngagementBot.Domain.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Enqueues notifications durably and wakes the dispatcher.</summary>
public sealed class Outbox(IOutboxStore store, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>A new message, due now.</summary>
    public Task<Guid> EnqueueAsync<T>(string kind, T payload, string? correlationId, CancellationToken cancellationToken) =>
        EnqueueAsync(Guid.NewGuid(), kind, payload, clock.GetUtcNow(), correlationId, cancellationToken);

    /// <summary>
    /// Message <paramref name="id"/>, delivered no earlier than <paramref name="dueAt"/>. The store is
    /// idempotent by id, so a caller that derives ids from what it is doing (see <see cref="OutboxIds"/>)
    /// can enqueue again after a crash without sending twice. A message due later is a durable timer:
    /// it survives restarts and fires once, on whichever instance claims it.
    /// </summary>
    public async Task<Guid> EnqueueAsync<T>(Guid id, string kind, T payload, DateTimeOffset dueAt, string? correlationId, CancellationToken cancellationToken)
    {
        var message = new OutboxMessage(
            id,
            kind,
            JsonSerializer.Serialize(payload, OutboxJson.Options),
            clock.GetUtcNow(),
            dueAt,
            Attempts: 0,
            OutboxStatus.Pending,
            LastError: null,
            correlationId);
        await store.EnqueueAsync(message, cancellationToken);
        signal.Notify();
        return message.Id;
    }
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
