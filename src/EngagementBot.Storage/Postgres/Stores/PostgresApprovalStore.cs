using EngagementBot.Domain.Approvals;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>
/// Joint-visit approvals in PostgreSQL. A change locks the approval's row (<c>FOR UPDATE</c>), reads it,
/// checks it with the approval's own rules and writes it in one transaction; the UPDATEs are
/// compare-and-set on <c>state = 'pending'</c> (and the rung) as well, so the guarantee holds for any
/// writer of the database, not only this application.
/// </summary>
internal sealed class PostgresApprovalStore(PostgresDatabase database) : IApprovalStore
{
    private const string InsertSql = """
        INSERT INTO joint_visit_approvals
            (id, case_reference, plan_id, requested_by, requested_by_user_id, requested_by_name,
             requested_in_channel_id, requested_in_conversation_id, risk_level, reason,
             primary_approver, primary_approver_name, delegates, fallback_approver,
             state, rung, created_at_ms, reminder_due_at_ms)
        VALUES
            (@id, @case_reference, @plan_id, @requested_by, @requested_by_user_id, @requested_by_name,
             @requested_in_channel_id, @requested_in_conversation_id, @risk_level, @reason,
             @primary_approver, @primary_approver_name, @delegates, @fallback_approver,
             'pending', @rung, @created_at_ms, @reminder_due_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string LockSql = "SELECT 1 FROM joint_visit_approvals WHERE id = @id FOR UPDATE;";

    private const string DecideSql = """
        UPDATE joint_visit_approvals
        SET state = @state, decided_by = @decided_by, decided_by_name = @decided_by_name, decided_at_ms = @decided_at_ms,
            decline_reason = @decline_reason, second_worker = @second_worker
        WHERE id = @id AND state = 'pending';
        """;

    private const string EscalateSql = """
        UPDATE joint_visit_approvals SET rung = rung + 1, reminder_due_at_ms = @reminder_due_at_ms
        WHERE id = @id AND state = 'pending' AND rung = @rung;
        """;

    private const string ExpireSql = """
        UPDATE joint_visit_approvals SET state = 'expired', decided_at_ms = @at_ms
        WHERE id = @id AND state = 'pending' AND rung = @rung;
        """;

    private const string InsertCardSql = """
        INSERT INTO joint_visit_approval_cards
            (approval_id, channel_id, conversation_id, activity_id, recipient_aad_object_id, posted_at_ms)
        VALUES (@id, @channel_id, @conversation_id, @activity_id, @recipient, @posted_at_ms)
        ON CONFLICT (approval_id, channel_id, conversation_id) DO NOTHING;
        """;

    /// <exception cref="ArgumentException">The approval is not a new pending request.</exception>
    public async Task<bool> AddAsync(JointVisitApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        if (approval.State != ApprovalState.Pending || approval.Rung != 0 || approval.DecidedAt is not null || approval.PostedCards.Count > 0)
        {
            throw new ArgumentException("Only a new pending request (rung 0, no decision, no cards) can be added.", nameof(approval));
        }

        var a = approval;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection)
            .With("@id", a.Id)
            .With("@case_reference", a.CaseReference)
            .With("@plan_id", a.PlanId)
            .With("@requested_by", a.RequestedBy.AadObjectId)
            .With("@requested_by_user_id", a.RequestedBy.UserId)
            .With("@requested_by_name", a.RequestedBy.DisplayName)
            .With("@requested_in_channel_id", a.RequestedBy.Conversation.ChannelId)
            .With("@requested_in_conversation_id", a.RequestedBy.Conversation.ConversationId)
            .With("@risk_level", a.RiskLevel)
            .With("@reason", a.Reason)
            .With("@primary_approver", a.Approvers.Primary)
            .With("@primary_approver_name", a.Approvers.PrimaryName)
            .With("@delegates", PostgresApprovalReader.DelegatesText(a.Approvers.Delegates))
            .With("@fallback_approver", a.Approvers.Fallback)
            .With("@rung", a.Rung)
            .With("@created_at_ms", PostgresTime.ToUnixMs(a.CreatedAt))
            .With("@reminder_due_at_ms", PostgresTime.ToUnixMs(a.ReminderDueAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<JointVisitApproval?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresApprovalReader.ReadOneAsync(connection, null, id, cancellationToken);
    }

    public async Task<ApprovalDecisionResult?> DecideAsync(Guid id, ApprovalDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        decision.EnsureValid();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var approval = await LockAndReadAsync(connection, transaction, id, cancellationToken);
        if (approval is null)
        {
            return null;
        }

        var check = approval.CheckDecision(decision.DeciderAadObjectId);
        if (check != ApprovalDecisionCheck.Allowed)
        {
            return new ApprovalDecisionResult(check, approval);
        }

        var changed = await ExecuteAsync(connection, transaction, DecideSql, id, command => command
            .With("@state", ApprovalStateNames.ToName(decision.Outcome))
            .With("@decided_by", decision.DeciderAadObjectId)
            .With("@decided_by_name", decision.DeciderName)
            .With("@decided_at_ms", PostgresTime.ToUnixMs(decision.At))
            .With("@decline_reason", decision.DeclineReason)
            .With("@second_worker", decision.SecondWorker), cancellationToken);
        var current = (await PostgresApprovalReader.ReadOneAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return new ApprovalDecisionResult(changed == 1 ? ApprovalDecisionCheck.Allowed : ApprovalDecisionCheck.AlreadyDecided, current);
    }

    public Task<bool> EscalateAsync(Guid id, int fromRung, DateTimeOffset reminderDueAt, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            approval => approval.CanEscalate(fromRung),
            EscalateSql,
            command => command.With("@rung", fromRung).With("@reminder_due_at_ms", PostgresTime.ToUnixMs(reminderDueAt)),
            cancellationToken);

    public Task<bool> ExpireAsync(Guid id, int atRung, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            approval => approval.CanExpire(atRung),
            ExpireSql,
            command => command.With("@rung", atRung).With("@at_ms", PostgresTime.ToUnixMs(at)),
            cancellationToken);

    public async Task<bool> AddPostedCardAsync(Guid id, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.ActivityId);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.RecipientAadObjectId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertCardSql, connection)
            .With("@id", id)
            .With("@channel_id", card.Conversation.ChannelId)
            .With("@conversation_id", card.Conversation.ConversationId)
            .With("@activity_id", card.ActivityId)
            .With("@recipient", card.RecipientAadObjectId)
            .With("@posted_at_ms", PostgresTime.ToUnixMs(card.PostedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<bool> ChangeAsync(
        Guid id, Func<JointVisitApproval, bool> allowed, string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var approval = await LockAndReadAsync(connection, transaction, id, cancellationToken);
        if (approval is null || !allowed(approval))
        {
            return false;
        }

        var changed = await ExecuteAsync(connection, transaction, sql, id, bind, cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<JointVisitApproval?> LockAndReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        await using (var lockRow = new NpgsqlCommand(LockSql, connection, transaction).With("@id", id))
        {
            await lockRow.ExecuteNonQueryAsync(cancellationToken);
        }

        return await PostgresApprovalReader.ReadOneAsync(connection, transaction, id, cancellationToken);
    }

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Guid id, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction).With("@id", id);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
