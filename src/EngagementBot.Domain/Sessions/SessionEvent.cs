namespace EngagementBot.Domain.Sessions;

/// <summary>
/// One recorded step of a session (the audit trail): what happened (<paramref name="Kind"/>, one of
/// <see cref="SessionEventKinds"/>), when, and who did it (directory object id; null when the bot did it
/// on a timer). <paramref name="Detail"/> is a short machine-readable note (such as a new deadline), never
/// free text from a user.
/// </summary>
public sealed record SessionEvent(Guid SessionId, DateTimeOffset At, string Kind, string? ActorAadObjectId, string? Detail);

/// <summary>The kinds of <see cref="SessionEvent"/>.</summary>
public static class SessionEventKinds
{
    public const string Started = "started";
    public const string Arrived = "arrived";
    public const string Extended = "extended";
    public const string RunningLate = "running-late";
    public const string Prompted = "prompted";
    public const string Escalated = "escalated";
    public const string Closed = "closed";
    public const string Chased = "chased";
}
