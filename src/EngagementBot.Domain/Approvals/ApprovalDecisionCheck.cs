namespace EngagementBot.Domain.Approvals;

/// <summary>Whether a person may decide an approval now.</summary>
public enum ApprovalDecisionCheck
{
    Allowed,

    /// <summary>The person is not on the approver ladder (or the channel gave no directory id).</summary>
    NotApprover,

    /// <summary>Someone decided first (or the request expired): exactly one decision wins.</summary>
    AlreadyDecided,
}
