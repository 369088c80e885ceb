using System.Text.Json.Serialization;

namespace EngagementBot.Domain.Escalations;

/// <summary>
/// The line manager's decision on an escalation: the verdict, who decided (directory object id from the
/// authenticated activity, and display name), an optional note, and when.
/// </summary>
public sealed record EscalationDecision(EscalationVerdict Verdict, string DecidedBy, string? DecidedByName, string? Note, DateTimeOffset DecidedAt)
{
    /// <summary>Longest note kept with a decision.</summary>
    public const int MaxNoteLength = 500;
}

/// <summary>What the manager decided.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationVerdict>))]
public enum EscalationVerdict
{
    /// <summary>Agrees with the escalation and its actions.</summary>
    Agree,

    /// <summary>Wants the actions changed.</summary>
    Change,

    /// <summary>Wants to talk it through in supervision first.</summary>
    Supervision,
}

/// <summary>The outcome of a decide call: whether this call's decision won, and the record as it now stands.</summary>
public sealed record EscalationDecisionResult(bool Won, EscalationRecord Record);
