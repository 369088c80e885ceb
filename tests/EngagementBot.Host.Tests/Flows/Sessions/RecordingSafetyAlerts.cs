using System.Collections.Concurrent;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>
/// Stands in for the alert flow at its port (tests only): records each call and keeps a one-rung alert in
/// the real alert store, so what the session flow shows about an alert can be checked. Idempotent per
/// session and deadline, as the port promises.
/// </summary>
public sealed class RecordingSafetyAlerts(IAlertStore store, TimeProvider clock) : ISafetyAlerts
{
    public const string LineManager = "aad-line-manager";

    private readonly ConcurrentQueue<(Guid SessionId, int DeadlineVersion)> _raised = new();
    private readonly ConcurrentQueue<Guid> _stoodDown = new();

    public IReadOnlyList<(Guid SessionId, int DeadlineVersion)> Raised => [.. _raised];

    public IReadOnlyList<Guid> StoodDown => [.. _stoodDown];

    public async Task<SafetyAlert> RaiseOverdueAsync(VisitSession session, CancellationToken cancellationToken)
    {
        _raised.Enqueue((session.Id, session.DeadlineVersion));
        var id = OutboxIds.For("test-overdue-alert", session.Id.ToString("D"), session.DeadlineVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (await store.FindAsync(id, cancellationToken) is { } stored)
        {
            return stored;
        }

        var now = clock.GetUtcNow();
        var alert = SafetyAlert.Raise(
            id, AlertKind.Overdue, session.Id, session.CaseReference, session.Team, session.Worker, session.Whereabouts, session.DueBackAt,
            [new AlertRung([AlertTarget.Person(LineManager, AlertRoles.LineManager)])], now, now.AddMinutes(5));
        await store.AddAsync(alert, new AlertEvent(id, now, AlertEventKinds.Raised, null, null), cancellationToken);
        return alert;
    }

    public async Task StandDownAsync(Guid alertId, CancellationToken cancellationToken)
    {
        _stoodDown.Enqueue(alertId);
        if (await store.FindAsync(alertId, cancellationToken) is { } alert && alert.StandDown(clock.GetUtcNow()) is { } stoodDown)
        {
            await store.UpdateAsync(stoodDown, new AlertEvent(alertId, clock.GetUtcNow(), AlertEventKinds.StoodDown, null, null), cancellationToken);
        }
    }
}
