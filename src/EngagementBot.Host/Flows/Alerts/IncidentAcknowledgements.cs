using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Incidents;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;

namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// Writes a manager's acknowledgement of an incident into the incident's own record, as an
/// <see cref="IncidentAddition"/> (appended, never changing the report): who acknowledged it, when, from
/// which conversation, what they decided and their note. One per incident alert (its id derives from the
/// alert), so writing it again changes nothing. The machine-readable decisions are also in the alert's
/// audit trail, written in the same compare-and-set as the acknowledgement itself.
/// </summary>
public sealed partial class IncidentAcknowledgements(IIncidentStore incidents, TeamDirectory teams, ILogger<IncidentAcknowledgements> logger)
{
    /// <summary>The longest note kept (the card asks for no more).</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>The id of the acknowledgement record of an incident alert.</summary>
    public static Guid RecordId(SafetyAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return OutboxIds.For("incident-acknowledgement", alert.Id.ToString("D"));
    }

    /// <summary>Appends the record of <paramref name="alert"/>'s acknowledgement; false when it was there already (or the incident is gone).</summary>
    public async Task<bool> RecordAsync(SafetyAlert alert, IReadOnlyList<string> decisions, AlertPress press, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(press);
        if (alert.SourceId is not { } incidentId || alert.HandledBy is not { } by || alert.HandledAt is not { } at)
        {
            return false;
        }

        var note = press.Note is { Length: > MaxNoteLength } longNote ? longNote[..MaxNoteLength] : press.Note;
        var text = $"Acknowledged by {AlertTexts.HandlerName(alert)} at {AlertTexts.LocalTime(at, teams.Zone)}. Decisions: {IncidentDecisions.Describe(decisions)}."
            + (note is null ? string.Empty : $" Note: {note}");
        try
        {
            var added = await incidents.AppendAsync(new IncidentAddition(RecordId(alert), incidentId, text, by, press.ConversationKey, at), cancellationToken);
            if (added)
            {
                LogRecorded(incidentId, alert.Id, decisions.Count);
            }

            return added;
        }
        catch (KeyNotFoundException)
        {
            LogNoIncident(alert.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident {IncidentId}: acknowledgement of alert {AlertId} recorded with {Decisions} decisions")]
    private partial void LogRecorded(Guid incidentId, Guid alertId, int decisions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Incident alert {AlertId} was acknowledged but its incident is not stored; the acknowledgement is only in the alert's audit trail")]
    private partial void LogNoIncident(Guid alertId);
}
