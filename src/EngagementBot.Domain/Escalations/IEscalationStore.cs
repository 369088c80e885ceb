namespace EngagementBot.Domain.Escalations;

/// <summary>
/// Escalation records, kept for good: written once, then only the manager's decision is set (once,
/// first decision wins) and posted card copies are added. Case references are matched ignoring letter
/// case; times are kept to the millisecond and read back in UTC.
/// </summary>
public interface IEscalationStore
{
    /// <summary>Stores a new record (checked with <see cref="EscalationRecord.EnsureValid"/>); false, changing nothing, when the id is stored already.</summary>
    Task<bool> AddAsync(EscalationRecord record, CancellationToken cancellationToken);

    /// <summary>The record with its decision and posted cards, or null.</summary>
    Task<EscalationRecord?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every escalation on the case, oldest first (the chronology reads this).</summary>
    Task<IReadOnlyList<EscalationRecord>> ForCaseAsync(string caseReference, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the decision if none is set yet (compare-and-set): <see cref="EscalationDecisionResult.Won"/> is
    /// false, and the record shows the earlier decision, when someone decided first. Null when no record has the id.
    /// </summary>
    Task<EscalationDecisionResult?> DecideAsync(Guid id, EscalationDecision decision, CancellationToken cancellationToken);

    /// <summary>Records a posted copy of the decision card; false when a copy for that recipient is recorded already.</summary>
    /// <exception cref="KeyNotFoundException">No record has the id.</exception>
    Task<bool> AddPostedCardAsync(Guid id, EscalationCard card, CancellationToken cancellationToken);
}
