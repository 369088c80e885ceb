using EngagementBot.Domain.Alerts;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>What became of a press on "I'm handling this".</summary>
public enum AlertHandleOutcome
{
    /// <summary>This press won: the presser owns the alert.</summary>
    Taken,
    /// <summary>Someone else owns it already, or it was stood down.</summary>
    AlreadyHandled,
    /// <summary>The presser was not told of it (in person or through a channel that was told).</summary>
    NotAllowed,
    /// <summary>No such alert, or one that never reached anybody.</summary>
    Gone,
}

/// <summary>The outcome of a press and the alert as it stands after it.</summary>
public sealed record AlertHandleResult(AlertHandleOutcome Outcome, SafetyAlert? Alert);

/// <summary>
/// "I'm handling this" (on an incident, "Acknowledge"): the first press by someone who may
/// (<see cref="SafetyAlert.MayHandle"/>) wins by compare-and-set in the store; every copy, the worker
/// (unless silent) and a channel taker's own chat are then told through the outbox. Every later press
/// hears who has it. An incident's decisions go into the same compare-and-set, in the audit event of
/// the acknowledgement (so only the winner's are ever recorded), and are then appended with the note to
/// the incident record (<see cref="IncidentAcknowledgements"/>).
/// </summary>
public sealed partial class AlertHandling(
    IAlertStore alerts,
    AlertNotifications notifications,
    IncidentAcknowledgements acknowledgements,
    TimeProvider clock,
    ILogger<AlertHandling> logger)
{
    public async Task<AlertHandleResult> HandleAsync(Guid alertId, AlertPress press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(press);
        var alert = await alerts.FindAsync(alertId, cancellationToken);
        if (alert is null || alert.State is AlertState.Arming or AlertState.Cancelled)
        {
            return new AlertHandleResult(AlertHandleOutcome.Gone, alert);
        }

        if (alert.State != AlertState.Raised)
        {
            await RepairRecordAsync(alert, press, cancellationToken);
            return new AlertHandleResult(AlertHandleOutcome.AlreadyHandled, alert);
        }

        if (!alert.MayHandle(press.AadObjectId, press.ViaTeamsChannelId))
        {
            LogRefused(alert.Id);
            return new AlertHandleResult(AlertHandleOutcome.NotAllowed, alert);
        }

        var now = clock.GetUtcNow();
        var taken = alert.Handle(press.AadObjectId!.Trim(), string.IsNullOrWhiteSpace(press.Name) ? null : press.Name.Trim(), now)!;
        var decisions = alert.Kind == AlertKind.Incident ? press.Decisions : [];
        var detail = press.ViaTeamsChannelId is null ? "via=chat" : "via=channel";
        if (alert.Kind == AlertKind.Incident)
        {
            detail += ";" + IncidentDecisions.Detail(decisions);
        }

        if (!await alerts.UpdateAsync(taken, new AlertEvent(alert.Id, now, AlertEventKinds.Handled, taken.HandledBy, detail), cancellationToken))
        {
            var current = await alerts.FindAsync(alert.Id, cancellationToken) ?? alert;
            return current.State == AlertState.Raised
                ? await HandleAsync(alertId, press, cancellationToken)
                : new AlertHandleResult(AlertHandleOutcome.AlreadyHandled, current);
        }

        LogTaken(alert.Id, taken.Step);
        if (taken.Kind == AlertKind.Incident)
        {
            await acknowledgements.RecordAsync(taken, decisions, press, cancellationToken);
        }

        await notifications.HandledAsync(taken, decisions, cancellationToken);
        return new AlertHandleResult(AlertHandleOutcome.Taken, taken);
    }

    // The owner pressing again after a failure between the acknowledgement and its record: the record is
    // written then, with the decisions of the acknowledgement (appending is idempotent).
    private async Task RepairRecordAsync(SafetyAlert alert, AlertPress press, CancellationToken cancellationToken)
    {
        if (alert is { Kind: AlertKind.Incident, State: AlertState.Handled }
            && string.Equals(alert.HandledBy, press.AadObjectId?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            var handled = (await alerts.EventsAsync(alert.Id, cancellationToken)).LastOrDefault(e => e.Kind == AlertEventKinds.Handled);
            await acknowledgements.RecordAsync(alert, IncidentDecisions.FromDetail(handled?.Detail), press, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety alert {AlertId}: a press by someone it was not sent to was refused")]
    private partial void LogRefused(Guid alertId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Safety alert {AlertId} taken on at step {Step}")]
    private partial void LogTaken(Guid alertId, int step);
}
