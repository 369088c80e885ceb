namespace EngagementBot.Domain.Approvals;

/// <summary>
/// Joint-visit approvals. Every change is a compare-and-set checked with the approval's own rules,
/// so concurrent presses, reminders and escalations cannot both win. Times are kept to the
/// millisecond and read back in UTC.
/// </summary>
public interface IApprovalStore
{
    /// <summary>Stores a new pending request (no decision, no posted cards). Idempotent by id: false when stored already.</summary>
    Task<bool> AddAsync(JointVisitApproval approval, CancellationToken cancellationToken);

    Task<JointVisitApproval?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="decision"/> if <see cref="JointVisitApproval.CheckDecision"/> allows the
    /// decider and the approval is still pending at the moment of writing. Of several concurrent
    /// decisions exactly one gets <see cref="ApprovalDecisionCheck.Allowed"/>; the others get
    /// <see cref="ApprovalDecisionCheck.AlreadyDecided"/> with the winner's decision in the approval.
    /// Null when there is no such approval.
    /// </summary>
    Task<ApprovalDecisionResult?> DecideAsync(Guid id, ApprovalDecision decision, CancellationToken cancellationToken);

    /// <summary>Moves a request still pending at <paramref name="fromRung"/> to the next rung; false when it had moved on or was decided.</summary>
    Task<bool> EscalateAsync(Guid id, int fromRung, DateTimeOffset reminderDueAt, CancellationToken cancellationToken);

    /// <summary>Expires a request still pending at its last rung <paramref name="atRung"/>; false when it had moved on or was decided.</summary>
    Task<bool> ExpireAsync(Guid id, int atRung, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records a posted copy of the card; one per conversation (false, changing nothing, when that conversation has one).</summary>
    Task<bool> AddPostedCardAsync(Guid id, PostedCard card, CancellationToken cancellationToken);
}
