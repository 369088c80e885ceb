using System.Data.Common;
using System.Text.Json;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Incidents;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// incidents and incident_additions rows as domain records, for every provider (both select
/// <see cref="IncidentColumns"/> and <see cref="AdditionColumns"/> in this order). Behaviours are a JSON array.
/// </summary>
internal static class IncidentRows
{
    public const string IncidentColumns = """
        id, case_reference, area, pack_id, reported_by, reported_by_user_id, reported_by_name,
        reported_in_channel_id, reported_in_conversation_id, occurred_at_ms, venue, location, behaviours,
        other_behaviour, narrative, anyone_hurt, at_risk_seen, at_risk_seemed, police_must_be_told,
        police_told, crime_reference, submitted_at_ms
        """;

    public const string AdditionColumns = "id, incident_id, text, added_by, conversation_key, added_at_ms";

    /// <summary>Every column of <see cref="IncidentColumns"/> after the id, in order: the insert's parameter names.</summary>
    public static readonly string[] ValueColumns =
    [
        "case_reference", "area", "pack_id", "reported_by", "reported_by_user_id", "reported_by_name",
        "reported_in_channel_id", "reported_in_conversation_id", "occurred_at_ms", "venue", "location", "behaviours",
        "other_behaviour", "narrative", "anyone_hurt", "at_risk_seen", "at_risk_seemed", "police_must_be_told",
        "police_told", "crime_reference", "submitted_at_ms",
    ];

    /// <summary>The values of <see cref="ValueColumns"/>, in the same order.</summary>
    public static object?[] Values(Incident incident) =>
    [
        incident.CaseReference, incident.Area, incident.PackId, incident.Reporter.AadObjectId, incident.Reporter.UserId,
        incident.Reporter.DisplayName, incident.Reporter.Conversation.ChannelId, incident.Reporter.Conversation.ConversationId,
        incident.OccurredAt.ToUnixTimeMilliseconds(), incident.Venue, incident.Location, JsonSerializer.Serialize(incident.Behaviours),
        incident.OtherBehaviour, incident.Narrative, incident.AnyoneHurt, incident.AtRiskSeen, incident.AtRiskSeemed,
        incident.PoliceMustBeTold, incident.PoliceTold, incident.CrimeReference, incident.SubmittedAt.ToUnixTimeMilliseconds(),
    ];

    public static Incident ReadIncident(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        CaseReference: reader.GetString(1),
        Area: reader.GetNullableText(2),
        PackId: reader.GetString(3),
        Reporter: new IncidentReporter(
            reader.GetString(4), reader.GetString(5), reader.GetNullableText(6), new ConversationRef(reader.GetString(7), reader.GetString(8))),
        OccurredAt: reader.GetUnixMsTime(9),
        Venue: reader.GetString(10),
        Location: reader.GetNullableText(11),
        Behaviours: JsonSerializer.Deserialize<string[]>(reader.GetString(12)) ?? throw new InvalidOperationException("An incident's behaviours in the database are null."),
        OtherBehaviour: reader.GetNullableText(13),
        Narrative: reader.GetNullableText(14),
        AnyoneHurt: reader.GetBoolean(15),
        AtRiskSeen: reader.GetBoolean(16),
        AtRiskSeemed: reader.GetNullableText(17),
        PoliceMustBeTold: reader.GetBoolean(18),
        PoliceTold: reader.GetBoolean(19),
        CrimeReference: reader.GetNullableText(20),
        SubmittedAt: reader.GetUnixMsTime(21));

    public static IncidentAddition ReadAddition(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        IncidentId: reader.GetGuid(1),
        Text: reader.GetString(2),
        AddedBy: reader.GetString(3),
        ConversationKey: reader.GetString(4),
        AddedAt: reader.GetUnixMsTime(5));
}
