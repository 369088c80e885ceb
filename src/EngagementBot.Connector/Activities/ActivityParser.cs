using System.Text.Json;
using EngagementBot.Connector.Serialization;

namespace EngagementBot.Connector.Activities;

/// <summary>
/// Turns a request body into an <see cref="Activity"/>, or a typed failure the host answers with
/// 400. Never throws for bad input (only for cancellation).
/// </summary>
public static class ActivityParser
{
    public static ActivityParseResult Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IsEmpty)
        {
            return ActivityParseResult.Failure(ActivityParseError.EmptyBody);
        }

        try
        {
            var activity = JsonSerializer.Deserialize(utf8Json, ConnectorJsonContext.Default.Activity);
            return Validate(activity);
        }
        catch (JsonException ex)
        {
            return ActivityParseResult.Failure(ActivityParseError.MalformedJson, ex.Path);
        }
    }

    public static ActivityParseResult Parse(string json) =>
        string.IsNullOrEmpty(json)
            ? ActivityParseResult.Failure(ActivityParseError.EmptyBody)
            : Parse(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Parses a body stream (an empty stream is reported as malformed JSON).</summary>
    public static async Task<ActivityParseResult> ParseAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            var activity = await JsonSerializer.DeserializeAsync(utf8Json, ConnectorJsonContext.Default.Activity, cancellationToken);
            return Validate(activity);
        }
        catch (JsonException ex)
        {
            return ActivityParseResult.Failure(ActivityParseError.MalformedJson, ex.Path);
        }
    }

    private static ActivityParseResult Validate(Activity? activity)
    {
        if (activity is null)
        {
            // The body was the JSON literal null.
            return ActivityParseResult.Failure(ActivityParseError.MalformedJson, "$");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityParseResult.Failure(ActivityParseError.MissingType, "type");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityParseResult.Failure(ActivityParseError.MissingConversationId, "conversation.id");
        }

        if (NeedsServiceUrl(activity.Type) && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return ActivityParseResult.Failure(ActivityParseError.MissingServiceUrl, "serviceUrl");
        }

        return ActivityParseResult.Success(activity);
    }

    /// <summary>Activities the bot answers must say where the answer goes.</summary>
    private static bool NeedsServiceUrl(string type) =>
        string.Equals(type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)
        || string.Equals(type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
}
