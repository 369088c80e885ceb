using System.Data.Common;
using System.Globalization;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Engagement;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// engagement_events and engagement_prompts rows as domain records, for every provider (both select
/// <see cref="EventColumns"/> and <see cref="PromptColumns"/> in this order). Kinds are stored as their
/// vocabulary codes, days as <c>yyyy-MM-dd</c>.
/// </summary>
internal static class EngagementRows
{
    public const string EventColumns = """
        id, case_reference, kind, occurred_on, agency, recorded_by, recorded_in_channel_id,
        recorded_in_conversation_id, recorded_at_ms, note
        """;

    public const string PromptColumns = "id, case_reference, rule_id, event_id, fired_at_ms";

    /// <summary>Every column of <see cref="EventColumns"/> after the id, in order: the insert's parameter names.</summary>
    public static readonly string[] EventValueColumns =
    [
        "case_reference", "kind", "occurred_on", "agency", "recorded_by", "recorded_in_channel_id",
        "recorded_in_conversation_id", "recorded_at_ms", "note",
    ];

    /// <summary>The values of <see cref="EventValueColumns"/>, in the same order.</summary>
    public static object?[] EventValues(EngagementEvent e) =>
    [
        e.CaseReference, EngagementVocabulary.Kinds.Code(e.Kind), DayText(e.OccurredOn), e.Agency, e.RecordedBy,
        e.Conversation.ChannelId, e.Conversation.ConversationId, e.RecordedAt.ToUnixTimeMilliseconds(), e.Note,
    ];

    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static EngagementEvent ReadEvent(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        CaseReference: reader.GetString(1),
        Kind: EngagementVocabulary.Kinds.ReadCode(reader.GetString(2)),
        OccurredOn: DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Agency: reader.GetString(4),
        RecordedBy: reader.GetString(5),
        Conversation: new ConversationRef(reader.GetString(6), reader.GetString(7)),
        RecordedAt: reader.GetUnixMsTime(8),
        Note: reader.GetNullableText(9));

    public static EngagementPrompt ReadPrompt(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        CaseReference: reader.GetString(1),
        RuleId: reader.GetString(2),
        EventId: reader.GetGuid(3),
        FiredAt: reader.GetUnixMsTime(4));
}
