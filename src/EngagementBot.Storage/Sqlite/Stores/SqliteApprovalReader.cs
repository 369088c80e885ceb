using System.Text.Json;
using EngagementBot.Domain.Approvals;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>Reads joint-visit approvals and their posted cards back into domain records.</summary>
internal static class SqliteApprovalReader
{
    private const string SelectSql = """
        SELECT id, case_reference, plan_id, requested_by, requested_by_user_id, requested_by_name,
               requested_in_channel_id, requested_in_conversation_id, risk_level, reason,
               primary_approver, primary_approver_name, delegates, fallback_approver,
               state, rung, decided_by, decided_by_name, decided_at_ms, decline_reason, second_worker,
               created_at_ms, reminder_due_at_ms
        FROM joint_visit_approvals WHERE id = $id;
        """;

    private const string CardsSql = """
        SELECT channel_id, conversation_id, activity_id, recipient_aad_object_id, posted_at_ms
        FROM joint_visit_approval_cards WHERE approval_id = $id ORDER BY posted_at_ms, channel_id, conversation_id;
        """;

    public static string IdText(Guid id) => id.ToString("D");

    public static string DelegatesText(IReadOnlyList<string> delegates) => JsonSerializer.Serialize(delegates);

    public static JointVisitApproval? ReadOne(SqliteConnection connection, SqliteTransaction? transaction, Guid id)
    {
        JointVisitApproval? approval;
        using (var command = Command(connection, transaction, SelectSql, id))
        using (var reader = command.ExecuteReader())
        {
            approval = reader.Read() ? ApprovalRows.ReadApproval(reader) : null;
        }

        if (approval is null)
        {
            return null;
        }

        var cards = new List<PostedCard>();
        using (var command = Command(connection, transaction, CardsSql, id))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                cards.Add(new PostedCard(
                    new ConversationRef(reader.GetString(0), reader.GetString(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    SqliteTime.FromUnixMs(reader.GetInt64(4))));
            }
        }

        return approval with { PostedCards = cards };
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, Guid id)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.With("$id", IdText(id));
    }
}
