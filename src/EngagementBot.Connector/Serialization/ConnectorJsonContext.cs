using System.Text.Json.Serialization;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Connector.Turns.Invoke;

namespace EngagementBot.Connector.Serialization;

/// <summary>
/// Source-generated (reflection-free) JSON for every protocol type: camelCase, nulls omitted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(string))]
public sealed partial class ConnectorJsonContext : JsonSerializerContext;
