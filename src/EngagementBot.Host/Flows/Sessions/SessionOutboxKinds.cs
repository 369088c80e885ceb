using System.Text.Json.Serialization;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>The outbox kinds of the lone-worker session flow and their payloads.</summary>
public static class SessionOutboxKinds
{
    /// <summary><see cref="SessionCardPost"/>: post the session's current card into the worker's chat.</summary>
    public const string PostCard = "session.post-card";

    /// <summary><see cref="SessionCardUpdate"/>: replace the worker's latest session card with the current one.</summary>
    public const string UpdateCard = "session.update-card";

    /// <summary><see cref="SessionDeadline"/>: a durable timer, due when the worker should be prompted or the alert raised.</summary>
    public const string Deadline = "session.deadline";

    /// <summary><see cref="SessionSweep"/>: a durable daily timer, the end-of-day sweep of sessions still open.</summary>
    public const string Sweep = "sessions.sweep";
}

/// <summary>Post session <paramref name="SessionId"/>'s card, as it stands at delivery, with the words of <paramref name="Reason"/>.</summary>
public sealed record SessionCardPost(Guid SessionId, SessionCardReason Reason);

/// <summary>Why a session card is posted (decides the line at its top).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SessionCardReason>))]
public enum SessionCardReason
{
    /// <summary>The session has just started (after planning).</summary>
    Started,
    /// <summary>The deadline passed: are you safe?</summary>
    Prompt,
    /// <summary>The working day ended with the session still open.</summary>
    Chase,
}

/// <summary>Bring the worker's latest posted copy of session <paramref name="SessionId"/>'s card up to date.</summary>
public sealed record SessionCardUpdate(Guid SessionId);

/// <summary>
/// Due when deadline <paramref name="DeadlineVersion"/> of session <paramref name="SessionId"/> passes
/// (<see cref="SessionDeadlineStep.Prompt"/>) or its grace period ends (<see cref="SessionDeadlineStep.Escalate"/>).
/// Acts only if the session is still open at that deadline version, so a stale or repeated delivery does nothing.
/// </summary>
public sealed record SessionDeadline(Guid SessionId, int DeadlineVersion, SessionDeadlineStep Step);

[JsonConverter(typeof(JsonStringEnumConverter<SessionDeadlineStep>))]
public enum SessionDeadlineStep
{
    Prompt,
    Escalate,
}

/// <summary>The end-of-day sweep of <paramref name="Date"/> (local date in the lone-worker time zone).</summary>
public sealed record SessionSweep(DateOnly Date);
