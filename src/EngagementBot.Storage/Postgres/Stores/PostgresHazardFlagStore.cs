using EngagementBot.Domain.Cases;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>
/// Hazard flags in PostgreSQL. A renewal or withdrawal locks the flag's row (<c>FOR UPDATE</c>), reads
/// the flag, checks it with the flag's own rules and writes the change in one transaction, so
/// concurrent changes from any instance are applied one after the other and each sees the previous one.
/// </summary>
internal sealed class PostgresHazardFlagStore(PostgresDatabase database) : IHazardFlagStore
{
    private const string InsertSql = """
        INSERT INTO hazard_flags
            (id, case_reference, kind, severity, advice, review_at_ms, raised_by, raised_by_agency, raised_at_ms,
             source_incident_id)
        VALUES
            (@id, @case_reference, @kind, @severity, @advice, @review_at_ms, @raised_by, @raised_by_agency, @raised_at_ms,
             @source_incident_id)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string LockSql = "SELECT 1 FROM hazard_flags WHERE id = @id FOR UPDATE;";

    private const string RenewSql = """
        UPDATE hazard_flags SET review_at_ms = @review_at_ms WHERE id = @id AND withdrawn_at_ms IS NULL;
        INSERT INTO hazard_flag_renewals
            (flag_id, sequence, renewed_at_ms, renewed_by, renewed_by_agency, previous_review_at_ms, review_at_ms)
        VALUES
            (@id, @sequence, @renewed_at_ms, @renewed_by, @renewed_by_agency, @previous_review_at_ms, @review_at_ms);
        """;

    private const string WithdrawSql = """
        UPDATE hazard_flags
        SET withdrawn_at_ms = @withdrawn_at_ms, withdrawn_by = @withdrawn_by,
            withdrawn_by_agency = @withdrawn_by_agency, withdrawal_reason = @withdrawal_reason
        WHERE id = @id AND withdrawn_at_ms IS NULL;
        """;

    /// <exception cref="ArgumentException">The flag has renewals or a withdrawal already: only newly raised flags are added.</exception>
    public async Task<bool> AddAsync(HazardFlag flag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flag);
        ArgumentException.ThrowIfNullOrWhiteSpace(flag.CaseReference);
        if (flag.Renewals.Count > 0 || flag.Withdrawal is not null)
        {
            throw new ArgumentException("Only a newly raised flag (no renewals, not withdrawn) can be added.", nameof(flag));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection)
            .With("@id", flag.Id)
            .With("@case_reference", flag.CaseReference)
            .With("@kind", HazardVocabulary.Kinds.Code(flag.Kind))
            .With("@severity", HazardVocabulary.Severities.Code(flag.Severity))
            .With("@advice", HazardAdviceList.ToText(flag.Advice))
            .With("@review_at_ms", PostgresTime.ToUnixMs(flag.ReviewDate))
            .With("@raised_by", flag.RaisedBy)
            .With("@raised_by_agency", flag.RaisedByAgency)
            .With("@raised_at_ms", PostgresTime.ToUnixMs(flag.RaisedAt))
            .With("@source_incident_id", flag.SourceIncidentId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<HazardFlagChange> RenewAsync(
        Guid flagId, DateTimeOffset reviewDate, CaseActor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        var reviewMs = PostgresTime.ToUnixMs(reviewDate);
        var atMs = PostgresTime.ToUnixMs(at);
        return ChangeAsync(
            flagId,
            flag => flag.CheckRenewal(PostgresTime.FromUnixMs(reviewMs), PostgresTime.FromUnixMs(atMs)),
            RenewSql,
            (command, flag) => command
                .With("@sequence", flag.Renewals.Count + 1)
                .With("@review_at_ms", reviewMs)
                .With("@renewed_at_ms", atMs)
                .With("@renewed_by", by.AadObjectId)
                .With("@renewed_by_agency", by.Agency)
                .With("@previous_review_at_ms", PostgresTime.ToUnixMs(flag.ReviewDate)),
            cancellationToken);
    }

    public Task<HazardFlagChange> WithdrawAsync(
        Guid flagId, string reason, CaseActor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        HazardFlag.EnsureValidReason(reason);
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        return ChangeAsync(
            flagId,
            static flag => flag.CheckWithdrawal(),
            WithdrawSql,
            (command, _) => command
                .With("@withdrawn_at_ms", PostgresTime.ToUnixMs(at))
                .With("@withdrawn_by", by.AadObjectId)
                .With("@withdrawn_by_agency", by.Agency)
                .With("@withdrawal_reason", reason.Trim()),
            cancellationToken);
    }

    public async Task<HazardFlag?> FindAsync(Guid flagId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresHazardFlagReader.ReadOneAsync(connection, null, flagId, cancellationToken);
    }

    public async Task<IReadOnlyList<HazardFlag>> ActiveForCaseAsync(string caseReference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        await using var connection = await database.OpenAsync(cancellationToken);
        var flags = await PostgresHazardFlagReader.ReadAsync(
            connection,
            null,
            PostgresHazardFlagReader.ActiveForCase,
            command => command.With("@case_reference", caseReference).With("@now_ms", PostgresTime.ToUnixMs(now)),
            cancellationToken);
        flags.Sort(HazardFlagOrder.MostSeriousFirst);
        return flags;
    }

    public async Task<IReadOnlyList<HazardFlag>> AllForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        await using var connection = await database.OpenAsync(cancellationToken);
        var flags = await PostgresHazardFlagReader.ReadAsync(
            connection,
            null,
            PostgresHazardFlagReader.ForCase,
            command => command.With("@case_reference", caseReference),
            cancellationToken);
        flags.Sort(HazardFlagOrder.OldestFirst);
        return flags;
    }

    /// <summary>
    /// Locks and reads the flag, asks <paramref name="check"/> whether the change is allowed, and if so
    /// runs <paramref name="sql"/> (with <c>@id</c> and what <paramref name="bind"/> adds) and reads the
    /// flag back, all in one transaction.
    /// </summary>
    private async Task<HazardFlagChange> ChangeAsync(
        Guid flagId,
        Func<HazardFlag, HazardFlagChangeOutcome> check,
        string sql,
        Action<NpgsqlCommand, HazardFlag> bind,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockRow = new NpgsqlCommand(LockSql, connection, transaction).With("@id", flagId))
        {
            await lockRow.ExecuteNonQueryAsync(cancellationToken);
        }

        var flag = await PostgresHazardFlagReader.ReadOneAsync(connection, transaction, flagId, cancellationToken);
        if (flag is null)
        {
            return new HazardFlagChange(HazardFlagChangeOutcome.NotFound, null);
        }

        var outcome = check(flag);
        if (outcome != HazardFlagChangeOutcome.Applied)
        {
            return new HazardFlagChange(outcome, flag);
        }

        await using (var command = new NpgsqlCommand(sql, connection, transaction).With("@id", flagId))
        {
            bind(command, flag);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var changed = (await PostgresHazardFlagReader.ReadOneAsync(connection, transaction, flagId, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return new HazardFlagChange(HazardFlagChangeOutcome.Applied, changed);
    }
}
