namespace EngagementBot.Domain.Sessions;

/// <summary>
/// Lone-worker sessions and their audit trail. Changes are compare-and-set on
/// <see cref="VisitSession.Version"/>, so concurrent presses, timers and instances cannot both apply one.
/// Case references are matched ignoring letter case; times are kept to the millisecond and read back in UTC.
/// </summary>
public interface ISessionStore
{
    /// <summary>Stores a new session (version 0) and its <paramref name="started"/> event. Idempotent by id: false, changing nothing, when stored already.</summary>
    Task<bool> AddAsync(VisitSession session, SessionEvent started, CancellationToken cancellationToken);

    Task<VisitSession?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="changed"/> (whose version is one more than the stored one) and appends
    /// <paramref name="recorded"/> in one transaction, only if the stored version is still
    /// <c>changed.Version - 1</c>. False, changing nothing, when someone else changed it first.
    /// </summary>
    Task<bool> UpdateAsync(VisitSession changed, SessionEvent? recorded, CancellationToken cancellationToken);

    /// <summary>The worker's open sessions, the soonest deadline first.</summary>
    Task<IReadOnlyList<VisitSession>> OpenForWorkerAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>A team's open sessions, the soonest deadline first.</summary>
    Task<IReadOnlyList<VisitSession>> OpenForTeamAsync(string team, CancellationToken cancellationToken);

    /// <summary>Every open session whose visit started before <paramref name="before"/>, the soonest deadline first (the end-of-day sweep).</summary>
    Task<IReadOnlyList<VisitSession>> OpenStartedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Every session of the case, open and closed, the earliest visit first (the case chronology).</summary>
    Task<IReadOnlyList<VisitSession>> ForCaseAsync(string caseReference, CancellationToken cancellationToken);

    /// <summary>The session's audit trail, oldest first.</summary>
    Task<IReadOnlyList<SessionEvent>> EventsAsync(Guid sessionId, CancellationToken cancellationToken);
}
