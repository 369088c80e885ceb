using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Host.Flows.LoneWorker;

/// <summary>
/// What the session flow asks of the alert flow. Implementations are idempotent: calling again for the
/// same session and deadline raises nothing twice.
/// </summary>
public interface ISafetyAlerts
{
    /// <summary>
    /// Raises the overdue alert for <paramref name="session"/>'s current deadline (id derived from session
    /// and <see cref="VisitSession.DeadlineVersion"/>): builds the team's ladder (out-of-hours routing
    /// included), stores the alert, tells rung 0 through the outbox and sets the timer for the next rung.
    /// Returns the alert (the stored one when it existed already).
    /// </summary>
    Task<SafetyAlert> RaiseOverdueAsync(VisitSession session, CancellationToken cancellationToken);

    /// <summary>The worker checked in: an overdue alert still unacknowledged is stood down and everyone told was told so.</summary>
    Task StandDownAsync(Guid alertId, CancellationToken cancellationToken);
}
