using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Alerts;

/// <summary>
/// Safety alerts and their audit trail. Changes are compare-and-set on <see cref="SafetyAlert.Version"/>:
/// of two racing presses, timers or instances exactly one applies. Times are kept to the millisecond and
/// read back in UTC.
/// </summary>
public interface IAlertStore
{
    /// <summary>Stores a new alert (version 0, no posted cards) and its first event. Idempotent by id: false, changing nothing, when stored already.</summary>
    Task<bool> AddAsync(SafetyAlert alert, AlertEvent recorded, CancellationToken cancellationToken);

    /// <summary>The alert with its posted cards.</summary>
    Task<SafetyAlert?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="changed"/> (version one more than the stored one) and appends
    /// <paramref name="recorded"/> in one transaction, only if the stored version is still
    /// <c>changed.Version - 1</c>. False, changing nothing, when someone else changed it first.
    /// Posted cards are not written here (see <see cref="AddPostedCardAsync"/>).
    /// </summary>
    Task<bool> UpdateAsync(SafetyAlert changed, AlertEvent? recorded, CancellationToken cancellationToken);

    /// <summary>Records a posted copy of the card; one per conversation (false, changing nothing, when that conversation has one). Does not change the version.</summary>
    Task<bool> AddPostedCardAsync(Guid id, PostedCard card, CancellationToken cancellationToken);

    /// <summary>Appends an event without changing the alert (such as who was told at a step).</summary>
    Task RecordAsync(AlertEvent recorded, CancellationToken cancellationToken);

    /// <summary>Open alerts (arming or raised) about the worker, newest first.</summary>
    Task<IReadOnlyList<SafetyAlert>> OpenForWorkerAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>A team's open alerts, newest first.</summary>
    Task<IReadOnlyList<SafetyAlert>> OpenForTeamAsync(string team, CancellationToken cancellationToken);

    /// <summary>The alert's audit trail, oldest first.</summary>
    Task<IReadOnlyList<AlertEvent>> EventsAsync(Guid alertId, CancellationToken cancellationToken);
}
