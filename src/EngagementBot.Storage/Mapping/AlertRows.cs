using System.Data.Common;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// alerts, alert_posted_cards and alert_events rows as domain records and back, for every provider:
/// both select <see cref="Columns"/>, <see cref="CardColumns"/> and <see cref="EventColumns"/> in this
/// order and write through these parameter names. Ids are bound as <c>id</c> gives them (text in
/// SQLite, uuid in PostgreSQL). Posted cards are read separately.
/// </summary>
internal static class AlertRows
{
    public const string Columns = $"""
        id, kind, source_id, case_reference, team, {LoneWorkerColumns.Worker}, {LoneWorkerColumns.Whereabouts},
        due_back_at_ms, ladder, step, state, silent, handled_by, handled_by_name, handled_at_ms, created_at_ms,
        next_step_at_ms, version
        """;

    public const string Parameters = $"""
        @id, @kind, @source_id, @case_reference, @team, {LoneWorkerColumns.WorkerParameters}, {LoneWorkerColumns.WhereaboutsParameters},
        @due_back_at_ms, @ladder, @step, @state, @silent, @handled_by, @handled_by_name, @handled_at_ms, @created_at_ms,
        @next_step_at_ms, @version
        """;

    /// <summary>What an alert's transitions change (whom it is about and its ladder stay as stored).</summary>
    public const string ChangeAssignments = """
        kind = @kind, step = @step, state = @state, silent = @silent, handled_by = @handled_by,
        handled_by_name = @handled_by_name, handled_at_ms = @handled_at_ms, next_step_at_ms = @next_step_at_ms,
        version = @version
        """;

    public const string CardColumns = "channel_id, conversation_id, activity_id, recipient_aad_object_id, posted_at_ms";

    public const string CardParameters = "@channel_id, @conversation_id, @activity_id, @recipient_aad_object_id, @posted_at_ms";

    public const string EventColumns = "alert_id, at_ms, kind, actor_aad_object_id, detail";

    public const string EventParameters = "@alert_id, @at_ms, @kind, @actor_aad_object_id, @detail";

    public static SafetyAlert ReadAlert(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        Kind: LoneWorkerNames.AlertKinds.Parse(reader.GetString(1)),
        SourceId: reader.GetNullableGuid(2),
        CaseReference: reader.GetNullableText(3),
        Team: reader.GetString(4),
        Worker: LoneWorkerColumns.ReadWorker(reader, 5),
        Whereabouts: LoneWorkerColumns.ReadWhereabouts(reader, 10),
        DueBackAt: reader.GetNullableUnixMsTime(13),
        Ladder: AlertLadderColumn.Parse(reader.GetString(14)),
        Step: reader.GetInt32(15),
        State: LoneWorkerNames.AlertStates.Parse(reader.GetString(16)),
        Silent: reader.GetBoolean(17),
        HandledBy: reader.GetNullableText(18),
        HandledByName: reader.GetNullableText(19),
        HandledAt: reader.GetNullableUnixMsTime(20),
        PostedCards: [],
        CreatedAt: reader.GetUnixMsTime(21),
        NextStepAt: reader.GetNullableUnixMsTime(22),
        Version: reader.GetInt32(23));

    public static PostedCard ReadCard(DbDataReader reader) => new(
        Conversation: new ConversationRef(reader.GetString(0), reader.GetString(1)),
        ActivityId: reader.GetString(2),
        RecipientAadObjectId: reader.GetString(3),
        PostedAt: reader.GetUnixMsTime(4));

    public static AlertEvent ReadEvent(DbDataReader reader) => new(
        AlertId: reader.GetGuid(0),
        At: reader.GetUnixMsTime(1),
        Kind: reader.GetString(2),
        ActorAadObjectId: reader.GetNullableText(3),
        Detail: reader.GetNullableText(4));

    /// <summary>Every column of <see cref="Parameters"/>.</summary>
    public static DbCommand BindAlert(this DbCommand command, SafetyAlert alert, Func<Guid, object> id) => command
        .BindChange(alert, id)
        .Bind("@source_id", LoneWorkerColumns.NullableId(alert.SourceId, id))
        .Bind("@case_reference", alert.CaseReference)
        .Bind("@team", alert.Team)
        .BindWorker(alert.Worker)
        .BindWhereabouts(alert.Whereabouts)
        .Bind("@due_back_at_ms", LoneWorkerColumns.NullableMs(alert.DueBackAt))
        .Bind("@ladder", AlertLadderColumn.ToText(alert.Ladder))
        .Bind("@created_at_ms", alert.CreatedAt.ToUnixTimeMilliseconds());

    /// <summary><c>@id</c> and the columns of <see cref="ChangeAssignments"/>.</summary>
    public static DbCommand BindChange(this DbCommand command, SafetyAlert alert, Func<Guid, object> id) => command
        .Bind("@id", id(alert.Id))
        .Bind("@kind", LoneWorkerNames.AlertKinds.ToName(alert.Kind))
        .Bind("@step", alert.Step)
        .Bind("@state", LoneWorkerNames.AlertStates.ToName(alert.State))
        .Bind("@silent", alert.Silent)
        .Bind("@handled_by", alert.HandledBy)
        .Bind("@handled_by_name", alert.HandledByName)
        .Bind("@handled_at_ms", LoneWorkerColumns.NullableMs(alert.HandledAt))
        .Bind("@next_step_at_ms", LoneWorkerColumns.NullableMs(alert.NextStepAt))
        .Bind("@version", alert.Version);

    /// <summary><c>@id</c> (the alert) and the columns of <see cref="CardParameters"/>.</summary>
    public static DbCommand BindCard(this DbCommand command, Guid alertId, PostedCard card, Func<Guid, object> id) => command
        .Bind("@id", id(alertId))
        .Bind("@channel_id", card.Conversation.ChannelId)
        .Bind("@conversation_id", card.Conversation.ConversationId)
        .Bind("@activity_id", card.ActivityId)
        .Bind("@recipient_aad_object_id", card.RecipientAadObjectId)
        .Bind("@posted_at_ms", card.PostedAt.ToUnixTimeMilliseconds());

    public static DbCommand BindEvent(this DbCommand command, AlertEvent recorded, Func<Guid, object> id) => command
        .Bind("@alert_id", id(recorded.AlertId))
        .Bind("@at_ms", recorded.At.ToUnixTimeMilliseconds())
        .Bind("@kind", recorded.Kind)
        .Bind("@actor_aad_object_id", recorded.ActorAadObjectId)
        .Bind("@detail", recorded.Detail);
}
