using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>Where an "I need help" stands after <see cref="SosAlarm.ArmAsync"/>.</summary>
public enum SosArmOutcome
{
    /// <summary>Armed: the whole ladder is told when the cancel window ends.</summary>
    Armed,
    /// <summary>No cancel window configured: the whole ladder was told at once.</summary>
    Raised,
    /// <summary>An SOS of theirs is already in its cancel window.</summary>
    AlreadyArming,
    /// <summary>An SOS of theirs has gone out and nobody has taken it on yet.</summary>
    AlreadyRaised,
    /// <summary>Nobody can be told (or the channel did not say who they are): they must phone.</summary>
    NobodyToTell,
}

/// <summary>The outcome of arming and the alert it is about (none when nobody can be told).</summary>
public sealed record SosArmResult(SosArmOutcome Outcome, SafetyAlert? Alert);

/// <summary>
/// "I need help": arms an SOS alert (the worker's soonest open session gives where they are and the
/// case), fires it to the whole ladder when its cancel window ends, cancels it (nobody told), or —
/// with the duress word — raises it silently to everyone while the worker sees a cancel. The duress
/// word with no SOS in progress raises a silent duress alert of its own. Every change
/// is a compare-and-set, so a cancel racing the timer either wins or is told it was too late.
/// </summary>
public sealed partial class SosAlarm(
    IAlertStore alerts,
    ISessionStore sessions,
    IConversationReferenceStore references,
    AlertLadderBuilder ladders,
    AlertNotifications notifications,
    TeamDirectory teams,
    IOptions<LoneWorkerOptions> options,
    TimeProvider clock,
    ILogger<SosAlarm> logger)
{
    /// <summary>The cancel window.</summary>
    public TimeSpan Window => options.Value.SosCancelWindow;

    /// <summary>Arms (or with no window raises) an SOS for whoever sent <paramref name="turn"/>; one per activity.</summary>
    public async Task<SosArmResult> ArmAsync(TurnInput turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var aadObjectId = turn.From.AadObjectId?.Trim();
        if (string.IsNullOrEmpty(aadObjectId))
        {
            LogNotIdentified();
            return new SosArmResult(SosArmOutcome.NobodyToTell, null);
        }

        var open = (await alerts.OpenForWorkerAsync(aadObjectId, cancellationToken)).Where(alert => !alert.Silent).ToList();
        if (open.FirstOrDefault(alert => alert.State == AlertState.Arming) is { } arming)
        {
            return new SosArmResult(SosArmOutcome.AlreadyArming, arming);
        }

        if (open.FirstOrDefault(alert => alert.State == AlertState.Raised && alert.Kind == AlertKind.Sos) is { } raised)
        {
            return new SosArmResult(SosArmOutcome.AlreadyRaised, raised);
        }

        var now = clock.GetUtcNow();
        if (await ContextAsync(turn, aadObjectId, now, cancellationToken) is not { } context)
        {
            LogNobodyToTell();
            return new SosArmResult(SosArmOutcome.NobodyToTell, null);
        }

        var (session, team, worker, ladder) = context;

        var id = OutboxIds.For("safety-alert", "sos", turn.Conversation.Key, turn.ActivityId);
        return Window <= TimeSpan.Zero
            ? await RaiseAtOnceAsync(id, session, team, worker, ladder, now, cancellationToken)
            : await ArmNewAsync(id, session, team, worker, ladder, now, cancellationToken);
    }

    /// <summary>
    /// The duress word with no SOS of theirs in progress: a silent duress alert to the whole ladder at once
    /// (one per activity; none while one of theirs is still open). Nothing is said to the worker: the caller
    /// answers as a plain "cancel" would. Null when nobody can be told or the sender is not identified.
    /// </summary>
    public async Task<SafetyAlert?> RaiseDuressAsync(TurnInput turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var aadObjectId = turn.From.AadObjectId?.Trim();
        if (string.IsNullOrEmpty(aadObjectId))
        {
            LogNotIdentified();
            return null;
        }

        var open = await alerts.OpenForWorkerAsync(aadObjectId, cancellationToken);
        if (open.FirstOrDefault(alert => alert.Silent && alert.State == AlertState.Raised) is { } already)
        {
            return already;
        }

        var now = clock.GetUtcNow();
        if (await ContextAsync(turn, aadObjectId, now, cancellationToken) is not { } context)
        {
            LogNobodyToTell();
            return null;
        }

        var (session, team, worker, ladder) = context;

        var id = OutboxIds.For("safety-alert", "duress", turn.Conversation.Key, turn.ActivityId);
        var alert = SafetyAlert.Raise(
            id, AlertKind.Duress, session?.Id, session?.CaseReference, team, worker, session?.Whereabouts, session?.DueBackAt, ladder, now, now + teams.Timings(team).AcknowledgeWithin);
        var everyone = AlertNotifications.AskedAt(alert, allAtOnce: true);
        if (await alerts.AddAsync(alert, new AlertEvent(id, now, AlertEventKinds.Raised, null, AlertNotifications.Detail(alert, everyone, "duress")), cancellationToken))
        {
            LogDuress(id, everyone.Count);
        }
        else
        {
            alert = await alerts.FindAsync(id, cancellationToken) ?? alert;
        }

        await notifications.TellAsync(alert, everyone, cancellationToken);
        return alert;
    }

    /// <summary>The cancel window ended: if still arming, the whole ladder is told and the worker hears who.</summary>
    public async Task FireAsync(Guid alertId, CancellationToken cancellationToken)
    {
        var alert = await alerts.FindAsync(alertId, cancellationToken);
        if (alert is null)
        {
            return;
        }

        if (alert.State == AlertState.Arming)
        {
            var now = clock.GetUtcNow();
            var fired = alert.Fire(now + teams.Timings(alert.Team).AcknowledgeWithin)!;
            var told = AlertNotifications.AskedAt(fired, allAtOnce: true);
            if (await alerts.UpdateAsync(fired, new AlertEvent(alert.Id, now, AlertEventKinds.Raised, null, AlertNotifications.Detail(fired, told, "sos")), cancellationToken))
            {
                LogFired(alert.Id, told.Count);
                await TellFiredAsync(fired, cancellationToken);
                return;
            }

            alert = await alerts.FindAsync(alertId, cancellationToken) ?? alert;
        }

        // A repair after a crash between the change and the notifications (or a second delivery): the same ids.
        if (alert.State == AlertState.Raised && alert.Kind == AlertKind.Sos && !alert.Silent && alert.Step == alert.LastRung)
        {
            await TellFiredAsync(alert, cancellationToken);
        }
    }

    /// <summary>Cancels an arming alert: nobody is told. False when it was no longer arming (it fired first).</summary>
    public async Task<bool> CancelAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Cancel() is not { } cancelled
            || !await alerts.UpdateAsync(cancelled, new AlertEvent(alert.Id, clock.GetUtcNow(), AlertEventKinds.Cancelled, alert.Worker.AadObjectId, null), cancellationToken))
        {
            return false;
        }

        LogCancelled(alert.Id);
        return true;
    }

    /// <summary>
    /// The duress word: the arming alert is raised to everyone at once, silently for the worker. When it
    /// had already fired, a separate silent duress alert goes to everyone, so the ladder knows.
    /// </summary>
    public async Task DuressAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var now = clock.GetUtcNow();
        var nextStepAt = now + teams.Timings(alert.Team).AcknowledgeWithin;
        if (alert.Duress(nextStepAt) is { } duress)
        {
            var told = AlertNotifications.AskedAt(duress, allAtOnce: true);
            if (await alerts.UpdateAsync(duress, new AlertEvent(alert.Id, now, AlertEventKinds.Raised, null, AlertNotifications.Detail(duress, told, "duress")), cancellationToken))
            {
                LogDuress(alert.Id, told.Count);
                await notifications.TellAsync(duress, told, cancellationToken);
                return;
            }

            alert = await alerts.FindAsync(alert.Id, cancellationToken) ?? alert;
        }

        if (alert.Silent || alert.State is AlertState.Arming or AlertState.Cancelled)
        {
            return;
        }

        var id = OutboxIds.For(AlertNotifications.Key(alert), "duress");
        var raised = SafetyAlert.Raise(id, AlertKind.Duress, alert.SourceId, alert.CaseReference, alert.Team, alert.Worker, alert.Whereabouts, alert.DueBackAt, alert.Ladder, now, nextStepAt);
        var everyone = AlertNotifications.AskedAt(raised, allAtOnce: true);
        if (await alerts.AddAsync(raised, new AlertEvent(id, now, AlertEventKinds.Raised, null, AlertNotifications.Detail(raised, everyone, "duress")), cancellationToken))
        {
            LogDuress(id, everyone.Count);
        }

        await notifications.TellAsync(raised, everyone, cancellationToken);
    }

    private async Task<SosArmResult> ArmNewAsync(
        Guid id, VisitSession? session, string team, SessionWorker worker, IReadOnlyList<AlertRung> ladder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alert = SafetyAlert.Arm(id, session?.Id, session?.CaseReference, team, worker, session?.Whereabouts, ladder, now, now + Window)
            with { DueBackAt = session?.DueBackAt };
        if (await alerts.AddAsync(alert, new AlertEvent(id, now, AlertEventKinds.Armed, worker.AadObjectId, null), cancellationToken))
        {
            LogArmed(id, ladder.Count);
        }
        else
        {
            alert = await alerts.FindAsync(id, cancellationToken) ?? alert;
        }

        await notifications.ArmAsync(alert, alert.NextStepAt ?? now + Window, cancellationToken);
        return new SosArmResult(SosArmOutcome.Armed, alert);
    }

    private async Task<SosArmResult> RaiseAtOnceAsync(
        Guid id, VisitSession? session, string team, SessionWorker worker, IReadOnlyList<AlertRung> ladder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alert = SafetyAlert.Raise(
            id, AlertKind.Sos, session?.Id, session?.CaseReference, team, worker, session?.Whereabouts, session?.DueBackAt, ladder, now, now + teams.Timings(team).AcknowledgeWithin);
        var told = AlertNotifications.AskedAt(alert, allAtOnce: true);
        if (await alerts.AddAsync(alert, new AlertEvent(id, now, AlertEventKinds.Raised, worker.AadObjectId, AlertNotifications.Detail(alert, told, "sos")), cancellationToken))
        {
            LogFired(id, told.Count);
        }
        else
        {
            alert = await alerts.FindAsync(id, cancellationToken) ?? alert;
        }

        await notifications.TellAsync(alert, told, cancellationToken);
        return new SosArmResult(SosArmOutcome.Raised, alert);
    }

    private async Task TellFiredAsync(SafetyAlert alert, CancellationToken cancellationToken)
    {
        var told = AlertNotifications.AskedAt(alert, allAtOnce: true);
        await notifications.TellAsync(alert, told, cancellationToken);
        await notifications.TellWorkerAsync(alert, "fired", AlertTexts.Fired(AlertTexts.RolesForWorker(told)), cancellationToken);
    }

    // Where the worker is (their soonest open session), their team, who they are and their ladder; null when nobody can be told.
    private async Task<(VisitSession? Session, string Team, SessionWorker Worker, IReadOnlyList<AlertRung> Ladder)?> ContextAsync(
        TurnInput turn, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var openSessions = await sessions.OpenForWorkerAsync(aadObjectId, cancellationToken);
        var session = openSessions.Count > 0 ? openSessions[0] : null;
        var team = session?.Team ?? teams.TeamOf(aadObjectId);
        var ladder = await ladders.BuildAsync(aadObjectId, team, now, cancellationToken);
        return ladder.Count == 0
            ? null
            : (session, team, new SessionWorker(aadObjectId, turn.From.Id, await WorkerChatAsync(turn, aadObjectId, cancellationToken), turn.From.Name), ladder);
    }

    // Later messages to the worker go to their 1:1 chat, even when they asked for help elsewhere.
    private async Task<ConversationRef> WorkerChatAsync(TurnInput turn, string aadObjectId, CancellationToken cancellationToken)
    {
        var chat = turn.Conversation.Kind == ConversationKind.Personal
            ? turn.Conversation
            : await references.FindPersonalByAadObjectIdAsync(aadObjectId, cancellationToken) ?? turn.Conversation;
        return new ConversationRef(chat.ChannelId, chat.ConversationId);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "SOS raised by someone the channel did not identify: nobody can be told; they were told to phone")]
    private partial void LogNotIdentified();

    [LoggerMessage(Level = LogLevel.Critical, Message = "SOS raised but nobody can be told (no line manager, contacts or channel configured); the worker was told to phone")]
    private partial void LogNobodyToTell();

    [LoggerMessage(Level = LogLevel.Critical, Message = "SOS alert {AlertId} armed ({Rungs} rungs on the ladder)")]
    private partial void LogArmed(Guid alertId, int rungs);

    [LoggerMessage(Level = LogLevel.Critical, Message = "SOS alert {AlertId} raised: {Count} told at once")]
    private partial void LogFired(Guid alertId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SOS alert {AlertId} cancelled in its window; nobody was told")]
    private partial void LogCancelled(Guid alertId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Safety alert {AlertId}: duress; {Count} told silently")]
    private partial void LogDuress(Guid alertId, int count);
}
