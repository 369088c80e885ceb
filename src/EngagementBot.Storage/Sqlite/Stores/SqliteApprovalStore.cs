using EngagementBot.Domain.Approvals;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>
/// Joint-visit approvals in SQLite. A change reads the approval, checks it with the approval's own
/// rules and writes it in one <c>BEGIN IMMEDIATE</c> transaction on the single writer; the UPDATEs
/// are compare-and-set on <c>state = 'pending'</c> (and the rung) as well, so the guarantee holds
/// for any writer of the file, not only this process.
/// </summary>
internal sealed class SqliteApprovalStore(SqliteDatabase database) : IApprovalStore
{
    private const string InsertSql = """
        INSERT INTO joint_visit_approvals
            (id, case_reference, plan_id, requested_by, requested_by_user_id, requested_by_name,
             requested_in_channel_id, requested_in_conversation_id, risk_level, reason,
             primary_approver, primary_approver_name, delegates, fallback_approver,
             state, rung, created_at_ms, reminder_due_at_ms)
        VALUES
            ($id, $case_reference, $plan_id, $requested_by, $requested_by_user_id, $requested_by_name,
             $requested_in_channel_id, $requested_in_conversation_id, $risk_level, $reason,
             $primary_approver, $primary_approver_name, $delegates, $fallback_approver,
             'pending', $rung, $created_at_ms, $reminder_due_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string DecideSql = """
        UPDATE joint_visit_approvals
        SET state = $state, decided_by = $decided_by, decided_by_name = $decided_by_name, decided_at_ms = $decided_at_ms,
            decline_reason = $decline_reason, second_worker = $second_worker
        WHERE id = $id AND state = 'pending';
        """;

    private const string EscalateSql = """
        UPDATE joint_visit_approvals SET rung = rung + 1, reminder_due_at_ms = $reminder_due_at_ms
        WHERE id = $id AND state = 'pending' AND rung = $rung;
        """;

    private const string ExpireSql = """
        UPDATE joint_visit_approvals SET state = 'expired', decided_at_ms = $at_ms
        WHERE id = $id AND state = 'pending' AND rung = $rung;
        """;

    private const string InsertCardSql = """
        INSERT INTO joint_visit_approval_cards
            (approval_id, channel_id, conversation_id, activity_id, recipient_aad_object_id, posted_at_ms)
        VALUES ($id, $channel_id, $conversation_id, $activity_id, $recipient, $posted_at_ms)
        ON CONFLICT (approval_id, channel_id, conversation_id) DO NOTHING;
        """;

    /// <exception cref="ArgumentException">The approval is not a new pending request.</exception>
    public Task<bool> AddAsync(JointVisitApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        if (approval.State != ApprovalState.Pending || approval.Rung != 0 || approval.DecidedAt is not null || approval.PostedCards.Count > 0)
        {
            throw new ArgumentException("Only a new pending request (rung 0, no decision, no cards) can be added.", nameof(approval));
        }

        return database.WriteAsync(
            approval,
            static (writer, a) => writer.Command(InsertSql)
                .With("$id", SqliteApprovalReader.IdText(a.Id))
                .With("$case_reference", a.CaseReference)
                .With("$plan_id", a.PlanId)
                .With("$requested_by", a.RequestedBy.AadObjectId)
                .With("$requested_by_user_id", a.RequestedBy.UserId)
                .With("$requested_by_name", a.RequestedBy.DisplayName)
                .With("$requested_in_channel_id", a.RequestedBy.Conversation.ChannelId)
                .With("$requested_in_conversation_id", a.RequestedBy.Conversation.ConversationId)
                .With("$risk_level", a.RiskLevel)
                .With("$reason", a.Reason)
                .With("$primary_approver", a.Approvers.Primary)
                .With("$primary_approver_name", a.Approvers.PrimaryName)
                .With("$delegates", SqliteApprovalReader.DelegatesText(a.Approvers.Delegates))
                .With("$fallback_approver", a.Approvers.Fallback)
                .With("$rung", a.Rung)
                .With("$created_at_ms", SqliteTime.ToUnixMs(a.CreatedAt))
                .With("$reminder_due_at_ms", SqliteTime.ToUnixMs(a.ReminderDueAt))
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    public Task<JointVisitApproval?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(id, static (connection, id) => SqliteApprovalReader.ReadOne(connection, null, id), cancellationToken);

    public Task<ApprovalDecisionResult?> DecideAsync(Guid id, ApprovalDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        decision.EnsureValid();
        return database.WriteAsync(
            (id, decision),
            static (writer, state) =>
            {
                using var transaction = writer.Connection.BeginTransaction(deferred: false);
                var approval = SqliteApprovalReader.ReadOne(writer.Connection, transaction, state.id);
                if (approval is null)
                {
                    return null;
                }

                var check = approval.CheckDecision(state.decision.DeciderAadObjectId);
                if (check != ApprovalDecisionCheck.Allowed)
                {
                    return new ApprovalDecisionResult(check, approval);
                }

                var d = state.decision;
                var changed = Execute(writer.Connection, transaction, DecideSql, state.id, command => command
                    .With("$state", ApprovalStateNames.ToName(d.Outcome))
                    .With("$decided_by", d.DeciderAadObjectId)
                    .With("$decided_by_name", d.DeciderName)
                    .With("$decided_at_ms", SqliteTime.ToUnixMs(d.At))
                    .With("$decline_reason", d.DeclineReason)
                    .With("$second_worker", d.SecondWorker));
                var current = SqliteApprovalReader.ReadOne(writer.Connection, transaction, state.id)!;
                transaction.Commit();
                return new ApprovalDecisionResult(changed == 1 ? ApprovalDecisionCheck.Allowed : ApprovalDecisionCheck.AlreadyDecided, current);
            },
            cancellationToken);
    }

    public Task<bool> EscalateAsync(Guid id, int fromRung, DateTimeOffset reminderDueAt, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            approval => approval.CanEscalate(fromRung),
            EscalateSql,
            command => command.With("$rung", fromRung).With("$reminder_due_at_ms", SqliteTime.ToUnixMs(reminderDueAt)),
            cancellationToken);

    public Task<bool> ExpireAsync(Guid id, int atRung, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            approval => approval.CanExpire(atRung),
            ExpireSql,
            command => command.With("$rung", atRung).With("$at_ms", SqliteTime.ToUnixMs(at)),
            cancellationToken);

    public Task<bool> AddPostedCardAsync(Guid id, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.ActivityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.RecipientAadObjectId);
        return database.WriteAsync(
            (id, card),
            static (writer, state) => writer.Command(InsertCardSql)
                .With("$id", SqliteApprovalReader.IdText(state.id))
                .With("$channel_id", state.card.Conversation.ChannelId)
                .With("$conversation_id", state.card.Conversation.ConversationId)
                .With("$activity_id", state.card.ActivityId)
                .With("$recipient", state.card.RecipientAadObjectId)
                .With("$posted_at_ms", SqliteTime.ToUnixMs(state.card.PostedAt))
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    private Task<bool> ChangeAsync(
        Guid id, Func<JointVisitApproval, bool> allowed, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (id, allowed, sql, bind),
            static (writer, state) =>
            {
                using var transaction = writer.Connection.BeginTransaction(deferred: false);
                var approval = SqliteApprovalReader.ReadOne(writer.Connection, transaction, state.id);
                if (approval is null || !state.allowed(approval))
                {
                    return false;
                }

                var changed = Execute(writer.Connection, transaction, state.sql, state.id, state.bind) == 1;
                transaction.Commit();
                return changed;
            },
            cancellationToken);

    private static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, Guid id, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command.With("$id", SqliteApprovalReader.IdText(id)));
        return command.ExecuteNonQuery();
    }
}
