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
/// "I'm handling this": the first press by someone who may (<see cref="SafetyAlert.MayHandle"/>) wins by
/// compare-and-set in the store; every copy, the worker (unless silent) and a channel taker's own chat are
/// then told through the outbox. Every later press hears who has it.
/// </summary>
public sealed partial class AlertHandling(IAlertStore alerts, AlertNotifications notifications, TimeProvider clock, ILogger<AlertHandling> logger)
{
    /// <param name="aadObjectId">Who pressed, from the authenticated activity.</param>
    /// <param name="name">Their display name, from the authenticated activity.</param>
    /// <param name="viaTeamsChannelId">The channel the press came from, if any.</param>
    public async Task<AlertHandleResult> HandleAsync(Guid alertId, string? aadObjectId, string? name, string? viaTeamsChannelId, CancellationToken cancellationToken)
    {
        var alert = await alerts.FindAsync(alertId, cancellationToken);
        if (alert is null || alert.State is AlertState.Arming or AlertState.Cancelled)
        {
            return new AlertHandleResult(AlertHandleOutcome.Gone, alert);
        }

        if (alert.State != AlertState.Raised)
        {
            return new AlertHandleResult(AlertHandleOutcome.AlreadyHandled, alert);
        }

        if (!alert.MayHandle(aadObjectId, viaTeamsChannelId))
        {
            LogRefused(alert.Id);
            return new AlertHandleResult(AlertHandleOutcome.NotAllowed, alert);
        }

        var now = clock.GetUtcNow();
        var taken = alert.Handle(aadObjectId!.Trim(), string.IsNullOrWhiteSpace(name) ? null : name.Trim(), now)!;
        if (!await alerts.UpdateAsync(taken, new AlertEvent(alert.Id, now, AlertEventKinds.Handled, taken.HandledBy, viaTeamsChannelId is null ? "via=chat" : "via=channel"), cancellationToken))
        {
            var current = await alerts.FindAsync(alert.Id, cancellationToken) ?? alert;
            return current.State == AlertState.Raised
                ? await HandleAsync(alertId, aadObjectId, name, viaTeamsChannelId, cancellationToken)
                : new AlertHandleResult(AlertHandleOutcome.AlreadyHandled, current);
        }

        LogTaken(alert.Id, taken.Step);
        await notifications.HandledAsync(taken, cancellationToken);
        return new AlertHandleResult(AlertHandleOutcome.Taken, taken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Safety alert {AlertId}: a press by someone it was not sent to was refused")]
    private partial void LogRefused(Guid alertId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Safety alert {AlertId} taken on at step {Step}")]
    private partial void LogTaken(Guid alertId, int step);
}
