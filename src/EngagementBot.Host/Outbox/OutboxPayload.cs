using System.Text.Json;
using EngagementBot.Domain.Outbox;

namespace EngagementBot.Host.Outbox;

/// <summary>Reads an outbox message's payload; an unreadable one can never be delivered.</summary>
internal static class OutboxPayload
{
    public static T Read<T>(OutboxMessage message)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(message.Payload, OutboxJson.Options)
                ?? throw new OutboxDeliveryException("empty payload", isTransient: false);
        }
        catch (JsonException ex)
        {
            throw new OutboxDeliveryException($"unreadable {message.Kind} payload", isTransient: false, ex);
        }
    }
}
