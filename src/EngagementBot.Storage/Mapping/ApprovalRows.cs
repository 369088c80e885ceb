using System.Data.Common;
using System.Text.Json;
using EngagementBot.Domain.Approvals;

namespace EngagementBot.Storage.Mapping;

/// <summary>
/// joint_visit_approvals rows as domain records, for every provider (both select the same columns
/// in the same order; posted cards are read separately).
/// </summary>
internal static class ApprovalRows
{
    public static JointVisitApproval ReadApproval(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        CaseReference: reader.GetString(1),
        PlanId: reader.GetNullableText(2),
        RequestedBy: new ApprovalRequester(
            reader.GetString(3),
            reader.GetString(4),
            new ConversationRef(reader.GetString(6), reader.GetString(7)),
            reader.GetNullableText(5)),
        RiskLevel: reader.GetNullableText(8),
        Reason: reader.GetNullableText(9),
        Approvers: new ApproverLadder(
            reader.GetString(10),
            reader.GetNullableText(11),
            JsonSerializer.Deserialize<string[]>(reader.GetString(12)) ?? [],
            reader.GetNullableText(13)),
        State: ApprovalStateNames.Parse(reader.GetString(14)),
        Rung: reader.GetInt32(15),
        DecidedBy: reader.GetNullableText(16),
        DecidedByName: reader.GetNullableText(17),
        DecidedAt: reader.GetNullableUnixMsTime(18),
        DeclineReason: reader.GetNullableText(19),
        SecondWorker: reader.GetNullableText(20),
        PostedCards: [],
        CreatedAt: reader.GetUnixMsTime(21),
        ReminderDueAt: reader.GetUnixMsTime(22));
}
