namespace EngagementBot.Connector.Activities;

/// <summary>Why a request body is not a usable activity; every value maps to HTTP 400.</summary>
public enum ActivityParseError
{
    None = 0,
    EmptyBody,
    MalformedJson,
    MissingType,
    MissingConversationId,
    MissingServiceUrl,
}

/// <summary>
/// The outcome of parsing a request body. <see cref="Detail"/> says where parsing stopped (a JSON
/// path or a field name), never any of the content, so it is safe to log.
/// </summary>
public sealed record ActivityParseResult(Activity? Activity, ActivityParseError Error, string? Detail)
{
    public bool IsSuccess => Error == ActivityParseError.None && Activity is not null;

    public static ActivityParseResult Success(Activity activity) => new(activity, ActivityParseError.None, null);

    public static ActivityParseResult Failure(ActivityParseError error, string? detail = null) => new(null, error, detail);
}
