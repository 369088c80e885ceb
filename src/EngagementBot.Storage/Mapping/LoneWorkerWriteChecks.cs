using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Storage.Mapping;

/// <summary>What every provider refuses before writing a session or an alert (arguments that break the ports' contracts).</summary>
internal static class LoneWorkerWriteChecks
{
    /// <exception cref="ArgumentException">Not a new session (version 0), or its event is about another session.</exception>
    public static void EnsureNew(VisitSession session, SessionEvent started)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Version != 0)
        {
            throw new ArgumentException("Only a new session (version 0) can be added.", nameof(session));
        }

        EnsureEvent(session.Id, started, nameof(started));
    }

    /// <exception cref="ArgumentException">The change is not past version 0, or its event is about another session.</exception>
    public static void EnsureChange(VisitSession changed, SessionEvent? recorded)
    {
        ArgumentNullException.ThrowIfNull(changed);
        EnsureChangedVersion(changed.Version, nameof(changed));
        if (recorded is not null)
        {
            EnsureEvent(changed.Id, recorded, nameof(recorded));
        }
    }

    /// <exception cref="ArgumentException">Not a new alert (version 0, no posted cards), or its event is about another alert.</exception>
    public static void EnsureNew(SafetyAlert alert, AlertEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Version != 0 || alert.PostedCards.Count > 0)
        {
            throw new ArgumentException("Only a new alert (version 0, no posted cards) can be added.", nameof(alert));
        }

        EnsureEvent(alert.Id, recorded, nameof(recorded));
    }

    /// <exception cref="ArgumentException">The change is not past version 0, or its event is about another alert.</exception>
    public static void EnsureChange(SafetyAlert changed, AlertEvent? recorded)
    {
        ArgumentNullException.ThrowIfNull(changed);
        EnsureChangedVersion(changed.Version, nameof(changed));
        if (recorded is not null)
        {
            EnsureEvent(changed.Id, recorded, nameof(recorded));
        }
    }

    /// <exception cref="ArgumentException">The card has no activity id or recipient.</exception>
    public static void EnsureCard(PostedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.ActivityId, nameof(card));
        ArgumentException.ThrowIfNullOrWhiteSpace(card.RecipientAadObjectId, nameof(card));
    }

    /// <exception cref="ArgumentException">The event has no kind.</exception>
    public static void EnsureEvent(AlertEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentException.ThrowIfNullOrWhiteSpace(recorded.Kind, nameof(recorded));
    }

    private static void EnsureEvent(Guid about, SessionEvent recorded, string parameter)
    {
        ArgumentNullException.ThrowIfNull(recorded, parameter);
        ArgumentException.ThrowIfNullOrWhiteSpace(recorded.Kind, parameter);
        if (recorded.SessionId != about)
        {
            throw new ArgumentException("The event is about another session.", parameter);
        }
    }

    private static void EnsureEvent(Guid about, AlertEvent recorded, string parameter)
    {
        ArgumentNullException.ThrowIfNull(recorded, parameter);
        ArgumentException.ThrowIfNullOrWhiteSpace(recorded.Kind, parameter);
        if (recorded.AlertId != about)
        {
            throw new ArgumentException("The event is about another alert.", parameter);
        }
    }

    private static void EnsureChangedVersion(int version, string parameter)
    {
        if (version < 1)
        {
            throw new ArgumentException("A change has a version one more than the stored one (so at least 1).", parameter);
        }
    }
}
