using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Sessions;

/// <summary>
/// A lone-worker session: one planned visit, from the plan until the worker says they left safely.
/// <list type="bullet">
/// <item>The deadline is <see cref="DueBackAt"/>. Every change of deadline bumps
/// <see cref="DeadlineVersion"/>, so a timer set for an older deadline knows it no longer applies.</item>
/// <item>Past the deadline the worker is prompted (<see cref="OverdueStage.Prompted"/>); after the grace
/// period an overdue alert is raised (<see cref="OverdueStage.Escalated"/>, <see cref="AlertId"/>).</item>
/// <item>Every change is a new value with <see cref="Version"/> + 1; stores write it only over the
/// version it was made from (compare-and-set), so two instances or two presses cannot both apply.</item>
/// </list>
/// Build new sessions with <see cref="Start"/>; the constructor is for stores reading back.
/// </summary>
public sealed record VisitSession(
    Guid Id,
    Guid? PlanId,
    string CaseReference,
    string Team,
    SessionWorker Worker,
    Whereabouts Whereabouts,
    DateTimeOffset VisitAt,
    DateTimeOffset DueBackAt,
    int DeadlineVersion,
    SessionState State,
    OverdueStage Overdue,
    DateTimeOffset? ArrivedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    Guid? AlertId,
    string? CardActivityId,
    DateTimeOffset CreatedAt,
    int Version)
{
    public bool IsOpen => State != SessionState.Closed;

    /// <summary>Open and past its deadline at <paramref name="now"/>.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => IsOpen && now >= DueBackAt;

    /// <summary>A new planned session.</summary>
    /// <exception cref="ArgumentException">Blank case reference, team or worker, or a deadline not after the visit starts.</exception>
    public static VisitSession Start(
        Guid id,
        Guid? planId,
        string caseReference,
        string team,
        SessionWorker worker,
        Whereabouts whereabouts,
        DateTimeOffset visitAt,
        DateTimeOffset dueBackAt,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker.AadObjectId, nameof(worker));
        ArgumentNullException.ThrowIfNull(whereabouts);
        if (dueBackAt <= visitAt)
        {
            throw new ArgumentException("A session's deadline must be after the visit starts.", nameof(dueBackAt));
        }

        return new VisitSession(
            id, planId, caseReference.Trim(), team.Trim(), worker, whereabouts, visitAt, dueBackAt, DeadlineVersion: 0,
            SessionState.Planned, OverdueStage.None, ArrivedAt: null, ClosedAt: null, ClosedBy: null, AlertId: null,
            CardActivityId: null, at, Version: 0);
    }

    /// <exception cref="InvalidOperationException">The session is closed.</exception>
    public VisitSession Arrive(DateTimeOffset at) =>
        EnsureOpen() with { State = SessionState.OnSite, ArrivedAt = ArrivedAt ?? at, Version = Version + 1 };

    /// <summary>
    /// A new deadline <paramref name="by"/> after the later of now and the current deadline; the overdue
    /// ladder starts again from the new deadline (an alert already raised stays with the alert).
    /// </summary>
    /// <exception cref="InvalidOperationException">The session is closed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is not positive.</exception>
    public VisitSession Extend(TimeSpan by, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(by, TimeSpan.Zero);
        var from = now > DueBackAt ? now : DueBackAt;
        return EnsureOpen() with
        {
            DueBackAt = from + by,
            DeadlineVersion = DeadlineVersion + 1,
            Overdue = OverdueStage.None,
            Version = Version + 1,
        };
    }

    /// <exception cref="InvalidOperationException">The session is closed.</exception>
    public VisitSession Close(string? by, DateTimeOffset at) =>
        EnsureOpen() with { State = SessionState.Closed, ClosedAt = at, ClosedBy = by, Version = Version + 1 };

    /// <summary>The worker was prompted for deadline <paramref name="deadlineVersion"/>; null when that no longer applies.</summary>
    public VisitSession? Prompt(int deadlineVersion) =>
        IsOpen && DeadlineVersion == deadlineVersion && Overdue == OverdueStage.None
            ? this with { Overdue = OverdueStage.Prompted, Version = Version + 1 }
            : null;

    /// <summary>The overdue alert <paramref name="alertId"/> was raised for deadline <paramref name="deadlineVersion"/>; null when that no longer applies.</summary>
    public VisitSession? Escalate(int deadlineVersion, Guid alertId) =>
        IsOpen && DeadlineVersion == deadlineVersion && Overdue != OverdueStage.Escalated
            ? this with { Overdue = OverdueStage.Escalated, AlertId = alertId, Version = Version + 1 }
            : null;

    /// <summary>Remembers the worker's session card (to update it in place).</summary>
    public VisitSession WithCard(string activityId) => this with { CardActivityId = activityId, Version = Version + 1 };

    private VisitSession EnsureOpen() =>
        IsOpen ? this : throw new InvalidOperationException($"Session {Id} is closed.");
}
