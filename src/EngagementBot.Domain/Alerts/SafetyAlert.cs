using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Domain.Alerts;

/// <summary>
/// An alert about a worker's safety, worked up its <see cref="Ladder"/> until a person owns it.
/// <list type="bullet">
/// <item><see cref="Step"/> counts the rungs asked so far minus one: step <c>n</c> has told rungs
/// <c>0..min(n, last)</c>; past the last rung every rung is told again each interval ("repeating until
/// someone acknowledges"). An SOS tells every rung at once.</item>
/// <item>The first person to press "I'm handling this" owns it (<see cref="Handle"/>); every change is a
/// new value with <see cref="Version"/> + 1, written by stores only over the version it was made from,
/// so of two racing presses or timers exactly one applies.</item>
/// <item><see cref="Silent"/> (duress): the worker's own chat hears nothing of it.</item>
/// </list>
/// <see cref="SourceId"/> is the session (or incident) it is about. Build new alerts with
/// <see cref="Arm"/> or <see cref="Raise"/>; the constructor is for stores reading back.
/// </summary>
public sealed record SafetyAlert(
    Guid Id,
    AlertKind Kind,
    Guid? SourceId,
    string? CaseReference,
    string Team,
    SessionWorker Worker,
    Whereabouts? Whereabouts,
    DateTimeOffset? DueBackAt,
    IReadOnlyList<AlertRung> Ladder,
    int Step,
    AlertState State,
    bool Silent,
    string? HandledBy,
    string? HandledByName,
    DateTimeOffset? HandledAt,
    IReadOnlyList<PostedCard> PostedCards,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextStepAt,
    int Version)
{
    public bool IsOpen => State is AlertState.Arming or AlertState.Raised;

    /// <summary>The last rung's index.</summary>
    public int LastRung => Ladder.Count - 1;

    /// <summary>The rungs told so far (all of them once <see cref="Step"/> reaches the last).</summary>
    public IReadOnlyList<AlertTarget> ToldTargets => [.. Ladder.Take(Math.Min(Step, LastRung) + 1).SelectMany(rung => rung.Targets)];

    /// <summary>An SOS in its cancel window (<see cref="AlertState.Arming"/>), due to be raised at <paramref name="fireAt"/>.</summary>
    public static SafetyAlert Arm(Guid id, Guid? sessionId, string? caseReference, string team, SessionWorker worker, Whereabouts? whereabouts, IReadOnlyList<AlertRung> ladder, DateTimeOffset at, DateTimeOffset fireAt) =>
        Create(id, AlertKind.Sos, sessionId, caseReference, team, worker, whereabouts, dueBackAt: null, ladder, AlertState.Arming, silent: false, at, fireAt);

    /// <summary>A raised alert at step 0 (an SOS raised at once, or duress, starts at the last step: everyone).</summary>
    public static SafetyAlert Raise(
        Guid id, AlertKind kind, Guid? sourceId, string? caseReference, string team, SessionWorker worker, Whereabouts? whereabouts,
        DateTimeOffset? dueBackAt, IReadOnlyList<AlertRung> ladder, DateTimeOffset at, DateTimeOffset nextStepAt)
    {
        var alert = Create(id, kind, sourceId, caseReference, team, worker, whereabouts, dueBackAt, ladder, AlertState.Raised, kind == AlertKind.Duress, at, nextStepAt);
        return kind is AlertKind.Sos or AlertKind.Duress ? alert with { Step = alert.LastRung } : alert;
    }

    /// <summary>The cancel window ended without a cancel: the whole ladder at once. Null when no longer arming.</summary>
    public SafetyAlert? Fire(DateTimeOffset nextStepAt) =>
        State == AlertState.Arming ? this with { State = AlertState.Raised, Step = LastRung, NextStepAt = nextStepAt, Version = Version + 1 } : null;

    /// <summary>The worker cancelled inside the window: nobody is told. Null when no longer arming.</summary>
    public SafetyAlert? Cancel() =>
        State == AlertState.Arming ? this with { State = AlertState.Cancelled, NextStepAt = null, Version = Version + 1 } : null;

    /// <summary>
    /// The worker gave the duress word inside the window: raised to everyone at once, silently for the
    /// worker. Null when no longer arming.
    /// </summary>
    public SafetyAlert? Duress(DateTimeOffset nextStepAt) =>
        State == AlertState.Arming
            ? this with { Kind = AlertKind.Duress, State = AlertState.Raised, Silent = true, Step = LastRung, NextStepAt = nextStepAt, Version = Version + 1 }
            : null;

    /// <summary>No acknowledgement by the time step <paramref name="fromStep"/> ran out: the next step. Null when it moved on or was handled.</summary>
    public SafetyAlert? Escalate(int fromStep, DateTimeOffset nextStepAt) =>
        State == AlertState.Raised && Step == fromStep ? this with { Step = fromStep + 1, NextStepAt = nextStepAt, Version = Version + 1 } : null;

    /// <summary>Whether <paramref name="aadObjectId"/> (from the authenticated activity) may take it on: anyone told in person, or anyone in a channel that was told.</summary>
    public bool MayHandle(string? aadObjectId, string? viaTeamsChannelId) =>
        (!string.IsNullOrWhiteSpace(aadObjectId) && ToldTargets.Any(t => t.Kind == AlertTargetKind.Person && string.Equals(t.Id, aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase)))
        || (!string.IsNullOrWhiteSpace(viaTeamsChannelId) && !string.IsNullOrWhiteSpace(aadObjectId) && ToldTargets.Any(t => t.Kind == AlertTargetKind.Channel && string.Equals(t.Id, viaTeamsChannelId, StringComparison.Ordinal)));

    /// <summary>"I'm handling this": the first press owns it. Null when it is not raised (already handled, stood down…).</summary>
    public SafetyAlert? Handle(string by, string? byName, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return State == AlertState.Raised
            ? this with { State = AlertState.Handled, HandledBy = by, HandledByName = byName, HandledAt = at, NextStepAt = null, Version = Version + 1 }
            : null;
    }

    /// <summary>The worker checked in before anyone acknowledged an overdue alert. Null for other kinds or when not raised.</summary>
    public SafetyAlert? StandDown(DateTimeOffset at) =>
        State == AlertState.Raised && Kind == AlertKind.Overdue
            ? this with { State = AlertState.StoodDown, HandledAt = at, NextStepAt = null, Version = Version + 1 }
            : null;

    private static SafetyAlert Create(
        Guid id, AlertKind kind, Guid? sourceId, string? caseReference, string team, SessionWorker worker, Whereabouts? whereabouts,
        DateTimeOffset? dueBackAt, IReadOnlyList<AlertRung> ladder, AlertState state, bool silent, DateTimeOffset at, DateTimeOffset nextStepAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(ladder);
        if (ladder.Count == 0 || ladder.Any(rung => rung.Targets.Count == 0))
        {
            throw new ArgumentException("An alert needs at least one rung, and every rung someone to tell.", nameof(ladder));
        }

        return new SafetyAlert(
            id, kind, sourceId, caseReference?.Trim(), team.Trim(), worker, whereabouts, dueBackAt, ladder, Step: 0, state, silent,
            HandledBy: null, HandledByName: null, HandledAt: null, PostedCards: [], at, nextStepAt, Version: 0);
    }
}
