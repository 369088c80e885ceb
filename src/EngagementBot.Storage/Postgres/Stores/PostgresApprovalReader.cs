using System.Text.Json;
using EngagementBot.Domain.Approvals;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>Reads joint-visit approvals and their posted cards back into domain records.</summary>
internal static class PostgresApprovalReader
{
    private const string SelectSql = """
        SELECT id, case_reference, plan_id, requested_by, requested_by_user_id, requested_by_name,
               requested_in_channel_id, requested_in_conversation_id, risk_level, reason,
               primary_approver, primary_approver_name, delegates, fallback_approver,
               state, rung, decided_by, decided_by_name, decided_at_ms, decline_reason, second_worker,
               created_at_ms, reminder_due_at_ms
        FROM joint_visit_approvals WHERE id = @id;
        """;

    private const string CardsSql = """
        SELECT channel_id, conversation_id, activity_id, recipient_aad_object_id, posted_at_ms
        FROM joint_visit_approval_cards WHERE approval_id = @id ORDER BY posted_at_ms, channel_id, conversation_id;
        """;

    public static string DelegatesText(IReadOnlyList<string> delegates) => JsonSerializer.Serialize(delegates);

    public static async Task<JointVisitApproval?> ReadOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        JointVisitApproval? approval;
        await using (var command = new NpgsqlCommand(SelectSql, connection, transaction).With("@id", id))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            approval = await reader.ReadAsync(cancellationToken) ? ApprovalRows.ReadApproval(reader) : null;
        }

        if (approval is null)
        {
            return null;
        }

        var cards = new List<PostedCard>();
        await using (var command = new NpgsqlCommand(CardsSql, connection, transaction).With("@id", id))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                cards.Add(new PostedCard(
                    new ConversationRef(reader.GetString(0), reader.GetString(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    PostgresTime.FromUnixMs(reader.GetInt64(4))));
            }
        }

        return approval with { PostedCards = cards };
    }
}
