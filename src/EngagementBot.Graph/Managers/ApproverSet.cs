namespace EngagementBot.Graph.Managers;

/// <summary>
/// Who may approve or act for a user's line manager: the primary approver (the line manager, or
/// the configured fallback) and the delegates configured for that approver. Never contains the
/// user themself.
/// </summary>
public sealed record ApproverSet(ApproverSource Source, DirectoryUser? Primary, IReadOnlyList<string> DelegateAadObjectIds)
{
    public static ApproverSet Nobody { get; } = new(ApproverSource.None, null, []);

    /// <summary>The primary first, then the delegates.</summary>
    public IReadOnlyList<string> AllAadObjectIds =>
        Primary is null ? DelegateAadObjectIds : [Primary.AadObjectId, .. DelegateAadObjectIds];
}
