namespace EngagementBot.Domain.Approvals;

/// <summary>What a store did with a decision, and the approval as it now stands.</summary>
public sealed record ApprovalDecisionResult(ApprovalDecisionCheck Outcome, JointVisitApproval Approval)
{
    /// <summary>This decision was applied: the caller won and must tell everyone.</summary>
    public bool Won => Outcome == ApprovalDecisionCheck.Allowed;
}
