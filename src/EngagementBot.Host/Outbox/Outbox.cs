using System.Text.Json;
using EngagementBot.Domain.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Enqueues notifications durably and wakes the dispatcher.</summary>
public sealed class Outbox(IOutboxStore store, OutboxSignal signal, TimeProvider clock)
{
    public async Task<Guid> EnqueueAsync<T>(string kind, T payload, string? correlationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var message = new OutboxMessage(
            Guid.NewGuid(),
            kind,
            JsonSerializer.Serialize(payload, OutboxJson.Options),
            now,
            now,
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
