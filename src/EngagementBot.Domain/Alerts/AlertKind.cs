namespace EngagementBot.Domain.Alerts;

/// <summary>Why an alert was raised.</summary>
public enum AlertKind
{
    /// <summary>A lone-worker session passed its deadline and grace period without a check-in.</summary>
    Overdue,
    /// <summary>The worker pressed "I need help" (the whole ladder at once, after the cancel window).</summary>
    Sos,
    /// <summary>The worker gave the duress safe word: it looked like a cancel to anyone watching them.</summary>
    Duress,
    /// <summary>An incident was reported and the manager must acknowledge it.</summary>
    Incident,
}

/// <summary>Where an alert is. <see cref="Arming"/> and <see cref="Raised"/> are open.</summary>
public enum AlertState
{
    /// <summary>An SOS in its cancel window: nobody has been told yet.</summary>
    Arming,
    /// <summary>The ladder is being worked until someone acknowledges.</summary>
    Raised,
    /// <summary>Someone pressed "I'm handling this" and owns it.</summary>
    Handled,
    /// <summary>The worker cancelled the SOS inside its window; nobody was told.</summary>
    Cancelled,
    /// <summary>An overdue alert whose worker checked in before anyone acknowledged.</summary>
    StoodDown,
}
