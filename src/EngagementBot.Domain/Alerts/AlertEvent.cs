namespace EngagementBot.Domain.Alerts;

/// <summary>
/// One recorded step of an alert (the audit trail): what happened (<paramref name="Kind"/>, one of
/// <see cref="AlertEventKinds"/>), when, who did it (directory object id; null when the bot did it on a
/// timer) and a short machine-readable <paramref name="Detail"/> (such as the rung and the roles told),
/// never free text from a user.
/// </summary>
public sealed record AlertEvent(Guid AlertId, DateTimeOffset At, string Kind, string? ActorAadObjectId, string? Detail);

/// <summary>The kinds of <see cref="AlertEvent"/>.</summary>
public static class AlertEventKinds
{
    public const string Armed = "armed";
    public const string Cancelled = "cancelled";
    public const string Raised = "raised";
    public const string Escalated = "escalated";
    public const string Repeated = "repeated";
    public const string Handled = "handled";
    public const string StoodDown = "stood-down";
}
