using System.Data.Common;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// sessions and session_events rows as domain records and back, for every provider: both select
/// <see cref="Columns"/> / <see cref="EventColumns"/> in this order and write through these
/// parameter names. Ids are bound as <c>id</c> gives them (text in SQLite, uuid in PostgreSQL).
/// </summary>
internal static class SessionRows
{
    public const string Columns = $"""
        id, plan_id, case_reference, team, {LoneWorkerColumns.Worker}, {LoneWorkerColumns.Whereabouts},
        visit_at_ms, due_back_at_ms, deadline_version, state, overdue, arrived_at_ms, closed_at_ms, closed_by,
        alert_id, card_activity_id, created_at_ms, version
        """;

    public const string Parameters = $"""
        @id, @plan_id, @case_reference, @team, {LoneWorkerColumns.WorkerParameters}, {LoneWorkerColumns.WhereaboutsParameters},
        @visit_at_ms, @due_back_at_ms, @deadline_version, @state, @overdue, @arrived_at_ms, @closed_at_ms, @closed_by,
        @alert_id, @card_activity_id, @created_at_ms, @version
        """;

    /// <summary>What a session's transitions change (who, where and which case stay as stored).</summary>
    public const string ChangeAssignments = """
        due_back_at_ms = @due_back_at_ms, deadline_version = @deadline_version, state = @state, overdue = @overdue,
        arrived_at_ms = @arrived_at_ms, closed_at_ms = @closed_at_ms, closed_by = @closed_by, alert_id = @alert_id,
        card_activity_id = @card_activity_id, version = @version
        """;

    public const string EventColumns = "session_id, at_ms, kind, actor_aad_object_id, detail";

    public const string EventParameters = "@session_id, @at_ms, @kind, @actor_aad_object_id, @detail";

    public static VisitSession ReadSession(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        PlanId: reader.GetNullableGuid(1),
        CaseReference: reader.GetString(2),
        Team: reader.GetString(3),
        Worker: LoneWorkerColumns.ReadWorker(reader, 4),
        Whereabouts: LoneWorkerColumns.ReadWhereabouts(reader, 9)
            ?? throw new InvalidOperationException("A session in the database has no venue."),
        VisitAt: reader.GetUnixMsTime(12),
        DueBackAt: reader.GetUnixMsTime(13),
        DeadlineVersion: reader.GetInt32(14),
        State: LoneWorkerNames.SessionStates.Parse(reader.GetString(15)),
        Overdue: LoneWorkerNames.OverdueStages.Parse(reader.GetString(16)),
        ArrivedAt: reader.GetNullableUnixMsTime(17),
        ClosedAt: reader.GetNullableUnixMsTime(18),
        ClosedBy: reader.GetNullableText(19),
        AlertId: reader.GetNullableGuid(20),
        CardActivityId: reader.GetNullableText(21),
        CreatedAt: reader.GetUnixMsTime(22),
        Version: reader.GetInt32(23));

    public static SessionEvent ReadEvent(DbDataReader reader) => new(
        SessionId: reader.GetGuid(0),
        At: reader.GetUnixMsTime(1),
        Kind: reader.GetString(2),
        ActorAadObjectId: reader.GetNullableText(3),
        Detail: reader.GetNullableText(4));

    /// <summary>Every column of <see cref="Parameters"/>.</summary>
    public static DbCommand BindSession(this DbCommand command, VisitSession session, Func<Guid, object> id) => command
        .BindChange(session, id)
        .Bind("@plan_id", LoneWorkerColumns.NullableId(session.PlanId, id))
        .Bind("@case_reference", session.CaseReference)
        .Bind("@team", session.Team)
        .BindWorker(session.Worker)
        .BindWhereabouts(session.Whereabouts)
        .Bind("@visit_at_ms", session.VisitAt.ToUnixTimeMilliseconds())
        .Bind("@created_at_ms", session.CreatedAt.ToUnixTimeMilliseconds());

    /// <summary><c>@id</c> and the columns of <see cref="ChangeAssignments"/>.</summary>
    public static DbCommand BindChange(this DbCommand command, VisitSession session, Func<Guid, object> id) => command
        .Bind("@id", id(session.Id))
        .Bind("@due_back_at_ms", session.DueBackAt.ToUnixTimeMilliseconds())
        .Bind("@deadline_version", session.DeadlineVersion)
        .Bind("@state", LoneWorkerNames.SessionStates.ToName(session.State))
        .Bind("@overdue", LoneWorkerNames.OverdueStages.ToName(session.Overdue))
        .Bind("@arrived_at_ms", LoneWorkerColumns.NullableMs(session.ArrivedAt))
        .Bind("@closed_at_ms", LoneWorkerColumns.NullableMs(session.ClosedAt))
        .Bind("@closed_by", session.ClosedBy)
        .Bind("@alert_id", LoneWorkerColumns.NullableId(session.AlertId, id))
        .Bind("@card_activity_id", session.CardActivityId)
        .Bind("@version", session.Version);

    public static DbCommand BindEvent(this DbCommand command, SessionEvent recorded, Func<Guid, object> id) => command
        .Bind("@session_id", id(recorded.SessionId))
        .Bind("@at_ms", recorded.At.ToUnixTimeMilliseconds())
        .Bind("@kind", recorded.Kind)
        .Bind("@actor_aad_object_id", recorded.ActorAadObjectId)
        .Bind("@detail", recorded.Detail);
}
