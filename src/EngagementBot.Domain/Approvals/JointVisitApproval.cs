namespace EngagementBot.Domain.Approvals;

/// <summary>
/// A practitioner's request that a line manager approve a joint visit, and its one decision.
/// <list type="bullet">
/// <item>Only someone on the <see cref="Approvers"/> ladder may decide (<see cref="CheckDecision"/>);
/// identity comes from the authenticated activity, never from card data.</item>
/// <item>Exactly one decision wins: deciding needs <see cref="ApprovalState.Pending"/>, and stores
/// apply it as a compare-and-set on that state. Later presses see who decided.</item>
/// <item>No decision in time: the next rung is asked (<see cref="Escalate"/>); after the last rung the
/// request <see cref="Expire"/>s. Both are compare-and-set on (pending, rung).</item>
/// </list>
/// Build new requests with <see cref="Request"/>; the constructor is for stores reading back.
/// </summary>
public sealed record JointVisitApproval(
    Guid Id,
    string CaseReference,
    string? PlanId,
    ApprovalRequester RequestedBy,
    string? RiskLevel,
    string? Reason,
    ApproverLadder Approvers,
    ApprovalState State,
    int Rung,
    string? DecidedBy,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DeclineReason,
    string? SecondWorker,
    IReadOnlyList<PostedCard> PostedCards,
    DateTimeOffset CreatedAt,
    DateTimeOffset ReminderDueAt)
{
    public bool IsPending => State == ApprovalState.Pending;

    /// <summary>The people asked so far: rungs 0 to <see cref="Rung"/>.</summary>
    public IReadOnlyList<string> AskedApprovers => [.. Approvers.Rungs.Take(Rung + 1).SelectMany(rung => rung)];

    /// <summary>A new pending request at rung 0.</summary>
    /// <exception cref="ArgumentException">A blank case reference or requester, no primary approver, or the requester on their own ladder.</exception>
    public static JointVisitApproval Request(
        Guid id,
        string caseReference,
        string? planId,
        ApprovalRequester requestedBy,
        string? riskLevel,
        string? reason,
        ApproverLadder approvers,
        DateTimeOffset at,
        DateTimeOffset reminderDueAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        ArgumentNullException.ThrowIfNull(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy.AadObjectId, nameof(requestedBy));
        ArgumentNullException.ThrowIfNull(approvers);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvers.Primary, nameof(approvers));
        if (approvers.Contains(requestedBy.AadObjectId))
        {
            throw new ArgumentException("Nobody approves their own joint visit.", nameof(approvers));
        }

        if (reminderDueAt <= at)
        {
            throw new ArgumentException("The reminder must be due after the request.", nameof(reminderDueAt));
        }

        return new JointVisitApproval(
            id, caseReference.Trim(), planId, requestedBy, riskLevel, reason, approvers, ApprovalState.Pending, Rung: 0,
            DecidedBy: null, DecidedByName: null, DecidedAt: null, DeclineReason: null, SecondWorker: null,
            PostedCards: [], at, reminderDueAt);
    }

    public bool IsApprover(string? aadObjectId) => Approvers.Contains(aadObjectId);

    /// <summary>Whether the person with <paramref name="aadObjectId"/> (from the authenticated activity) may decide now.</summary>
    public ApprovalDecisionCheck CheckDecision(string? aadObjectId) =>
        !IsApprover(aadObjectId) ? ApprovalDecisionCheck.NotApprover
        : !IsPending ? ApprovalDecisionCheck.AlreadyDecided
        : ApprovalDecisionCheck.Allowed;

    /// <exception cref="InvalidOperationException"><see cref="CheckDecision"/> does not allow the decider.</exception>
    public JointVisitApproval Decide(ApprovalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        decision.EnsureValid();
        var check = CheckDecision(decision.DeciderAadObjectId);
        if (check != ApprovalDecisionCheck.Allowed)
        {
            throw new InvalidOperationException($"Approval {Id} cannot be decided: {check}.");
        }

        return this with
        {
            State = decision.Outcome,
            DecidedBy = decision.DeciderAadObjectId,
            DecidedByName = decision.DeciderName,
            DecidedAt = decision.At,
            DeclineReason = decision.DeclineReason,
            SecondWorker = decision.SecondWorker,
        };
    }

    /// <summary>Still pending at <paramref name="fromRung"/>, and there is a next rung to ask.</summary>
    public bool CanEscalate(int fromRung) => IsPending && Rung == fromRung && fromRung + 1 < Approvers.Rungs.Count;

    /// <summary>Still pending at <paramref name="atRung"/>, and nobody is left to ask.</summary>
    public bool CanExpire(int atRung) => IsPending && Rung == atRung && atRung + 1 >= Approvers.Rungs.Count;

    /// <exception cref="InvalidOperationException"><see cref="CanEscalate"/> is false.</exception>
    public JointVisitApproval Escalate(int fromRung, DateTimeOffset reminderDueAt) =>
        CanEscalate(fromRung)
            ? this with { Rung = fromRung + 1, ReminderDueAt = reminderDueAt }
            : throw new InvalidOperationException($"Approval {Id} cannot move on from rung {fromRung}.");

    /// <exception cref="InvalidOperationException"><see cref="CanExpire"/> is false.</exception>
    public JointVisitApproval Expire(int atRung, DateTimeOffset at) =>
        CanExpire(atRung)
            ? this with { State = ApprovalState.Expired, DecidedAt = at }
            : throw new InvalidOperationException($"Approval {Id} cannot expire at rung {atRung}.");
}
