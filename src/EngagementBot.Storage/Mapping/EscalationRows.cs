using System.Data.Common;
using System.Text.Json;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Escalations;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// escalations and escalation_cards rows as domain records, for every provider (both select
/// <see cref="RecordColumns"/> and <see cref="CardColumns"/> in this order). Path, evidence and actions are JSON.
/// </summary>
internal static class EscalationRows
{
    public const string RecordColumns = """
        id, case_reference, area, pack_id, concern, raised_by, raised_by_user_id, raised_by_name,
        raised_in_channel_id, raised_in_conversation_id, path, evidence, actions, outcome, raised_at_ms,
        verdict, decided_by, decided_by_name, decision_note, decided_at_ms
        """;

    public const string CardColumns = "escalation_id, recipient, can_decide, channel_id, conversation_id, activity_id, posted_at_ms";

    /// <summary>The columns written when a record is added (after the id), in order: the insert's parameter names.</summary>
    public static readonly string[] ValueColumns =
    [
        "case_reference", "area", "pack_id", "concern", "raised_by", "raised_by_user_id", "raised_by_name",
        "raised_in_channel_id", "raised_in_conversation_id", "path", "evidence", "actions", "outcome", "raised_at_ms",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The values of <see cref="ValueColumns"/>, in the same order.</summary>
    public static object?[] Values(EscalationRecord record) =>
    [
        record.CaseReference, record.Area, record.PackId, record.Concern, record.RaisedBy.AadObjectId, record.RaisedBy.UserId,
        record.RaisedBy.DisplayName, record.RaisedBy.Conversation.ChannelId, record.RaisedBy.Conversation.ConversationId,
        JsonSerializer.Serialize(record.Path, Json), JsonSerializer.Serialize(record.Evidence, Json), JsonSerializer.Serialize(record.Actions, Json),
        record.Outcome, record.RaisedAt.ToUnixTimeMilliseconds(),
    ];

    /// <summary>The decision's verdict as stored.</summary>
    public static string VerdictName(EscalationVerdict verdict) => verdict switch
    {
        EscalationVerdict.Agree => "agree",
        EscalationVerdict.Change => "change",
        _ => "supervision",
    };

    /// <summary>A record without its posted cards (read separately).</summary>
    public static EscalationRecord ReadRecord(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        CaseReference: reader.GetString(1),
        Area: reader.GetNullableText(2),
        PackId: reader.GetString(3),
        Concern: reader.GetString(4),
        RaisedBy: new EscalationRaiser(reader.GetString(5), reader.GetString(6), reader.GetNullableText(7), new ConversationRef(reader.GetString(8), reader.GetString(9))),
        Path: Read<EscalationStep[]>(reader, 10),
        Evidence: Read<string[]>(reader, 11),
        Actions: Read<EscalationAction[]>(reader, 12),
        Outcome: reader.GetString(13),
        RaisedAt: reader.GetUnixMsTime(14),
        Decision: reader.IsDBNull(15)
            ? null
            : new EscalationDecision(ParseVerdict(reader.GetString(15)), reader.GetString(16), reader.GetNullableText(17), reader.GetNullableText(18), reader.GetUnixMsTime(19)));

    public static EscalationCard ReadCard(DbDataReader reader) => new(
        new ConversationRef(reader.GetString(3), reader.GetString(4)),
        reader.GetString(5),
        reader.GetString(1),
        reader.GetBoolean(2),
        reader.GetUnixMsTime(6));

    /// <summary>Attaches each record's cards (rows of <see cref="ReadCard"/> keyed by escalation id).</summary>
    public static List<EscalationRecord> WithCards(IEnumerable<EscalationRecord> records, IEnumerable<(Guid EscalationId, EscalationCard Card)> cards)
    {
        var byRecord = cards.ToLookup(c => c.EscalationId, c => c.Card);
        return [.. records.Select(r => r with { PostedCards = [.. byRecord[r.Id].OrderBy(c => c.PostedAt)] })];
    }

    private static EscalationVerdict ParseVerdict(string name) => name switch
    {
        "agree" => EscalationVerdict.Agree,
        "change" => EscalationVerdict.Change,
        "supervision" => EscalationVerdict.Supervision,
        _ => throw new InvalidOperationException($"Unknown escalation verdict '{name}' in the database."),
    };

    private static T Read<T>(DbDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<T>(reader.GetString(ordinal), Json) ?? throw new InvalidOperationException("An escalation's JSON column is null.");
}
