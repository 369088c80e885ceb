namespace EngagementBot.Domain.Sessions;

/// <summary>Where a lone-worker session is. <see cref="Planned"/> and <see cref="OnSite"/> are open.</summary>
public enum SessionState
{
    /// <summary>Planned, the worker has not said they arrived (the deadline runs all the same).</summary>
    Planned,
    /// <summary>The worker said "arrived".</summary>
    OnSite,
    /// <summary>The worker said "left safely" (or someone on the ladder closed it after reaching them).</summary>
    Closed,
}

/// <summary>How far the overdue ladder has gone for the current deadline.</summary>
public enum OverdueStage
{
    /// <summary>The deadline has not passed (or was extended).</summary>
    None,
    /// <summary>The deadline passed; the worker was prompted to check in.</summary>
    Prompted,
    /// <summary>The grace period passed too; an overdue alert was raised (<see cref="VisitSession.AlertId"/>).</summary>
    Escalated,
}
