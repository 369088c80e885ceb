using System.Text.Json;
using EngagementBot.Connector.Serialization;

namespace EngagementBot.Connector.Turns.Invoke;

/// <summary>
/// What the host writes back in the HTTP response to an invoke: <see cref="Status"/> as the HTTP
/// status and <see cref="Body"/> as JSON. Never an empty body.
/// </summary>
public sealed record InvokeResponse(int Status, AdaptiveCardInvokeResponse Body)
{
    public const string ContentType = "application/json; charset=utf-8";

    public byte[] SerializeBody() =>
        JsonSerializer.SerializeToUtf8Bytes(Body, ConnectorJsonContext.Default.AdaptiveCardInvokeResponse);
}
