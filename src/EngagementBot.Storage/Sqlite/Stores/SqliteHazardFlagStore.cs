using EngagementBot.Domain.Cases;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>
/// Hazard flags in SQLite. A renewal or withdrawal reads the flag, checks it with the flag's own rules
/// and writes the change in one <c>BEGIN IMMEDIATE</c> transaction on the single writer, so concurrent
/// changes are applied one after the other and each sees the previous one.
/// </summary>
internal sealed class SqliteHazardFlagStore(SqliteDatabase database) : IHazardFlagStore
{
    private const string InsertSql = """
        INSERT INTO hazard_flags
            (id, case_reference, kind, severity, advice, review_at_ms, raised_by, raised_by_agency, raised_at_ms,
             source_incident_id)
        VALUES
            ($id, $case_reference, $kind, $severity, $advice, $review_at_ms, $raised_by, $raised_by_agency, $raised_at_ms,
             $source_incident_id)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string RenewSql = """
        UPDATE hazard_flags SET review_at_ms = $review_at_ms WHERE id = $id AND withdrawn_at_ms IS NULL;
        INSERT INTO hazard_flag_renewals
            (flag_id, sequence, renewed_at_ms, renewed_by, renewed_by_agency, previous_review_at_ms, review_at_ms)
        VALUES
            ($id, $sequence, $renewed_at_ms, $renewed_by, $renewed_by_agency, $previous_review_at_ms, $review_at_ms);
        """;

    private const string WithdrawSql = """
        UPDATE hazard_flags
        SET withdrawn_at_ms = $withdrawn_at_ms, withdrawn_by = $withdrawn_by,
            withdrawn_by_agency = $withdrawn_by_agency, withdrawal_reason = $withdrawal_reason
        WHERE id = $id AND withdrawn_at_ms IS NULL;
        """;

    /// <exception cref="ArgumentException">The flag has renewals or a withdrawal already: only newly raised flags are added.</exception>
    public Task<bool> AddAsync(HazardFlag flag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flag);
        ArgumentException.ThrowIfNullOrWhiteSpace(flag.CaseReference);
        if (flag.Renewals.Count > 0 || flag.Withdrawal is not null)
        {
            throw new ArgumentException("Only a newly raised flag (no renewals, not withdrawn) can be added.", nameof(flag));
        }

        return database.WriteAsync(
            flag,
            static (writer, flag) => writer.Command(InsertSql)
                .With("$id", SqliteHazardFlagReader.IdText(flag.Id))
                .With("$case_reference", flag.CaseReference)
                .With("$kind", HazardVocabulary.Kinds.Code(flag.Kind))
                .With("$severity", HazardVocabulary.Severities.Code(flag.Severity))
                .With("$advice", HazardAdviceList.ToText(flag.Advice))
                .With("$review_at_ms", SqliteTime.ToUnixMs(flag.ReviewDate))
                .With("$raised_by", flag.RaisedBy)
                .With("$raised_by_agency", flag.RaisedByAgency)
                .With("$raised_at_ms", SqliteTime.ToUnixMs(flag.RaisedAt))
                .With("$source_incident_id", flag.SourceIncidentId is { } incident ? SqliteHazardFlagReader.IdText(incident) : null)
                .ExecuteNonQuery() == 1,
            cancellationToken);
    }

    public Task<HazardFlagChange> RenewAsync(
        Guid flagId, DateTimeOffset reviewDate, CaseActor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        by.EnsureValid();
        return ChangeAsync(
            flagId,
            (ReviewMs: SqliteTime.ToUnixMs(reviewDate), AtMs: SqliteTime.ToUnixMs(at), by),
            static (flag, change) => flag.CheckRenewal(
                SqliteTime.FromUnixMs(change.ReviewMs), SqliteTime.FromUnixMs(change.AtMs)),
            RenewSql,
            static (command, flag, change) => command
                .With("$sequence", flag.Renewals.Count + 1)
                .With("$review_at_ms", change.ReviewMs)
                .With("$renewed_at_ms", change.AtMs)
                .With("$renewed_by", change.by.AadObjectId)
                .With("$renewed_by_agency", change.by.Agency)
                .With("$previous_review_at_ms", SqliteTime.ToUnixMs(flag.ReviewDate)),
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
            (Reason: reason.Trim(), AtMs: SqliteTime.ToUnixMs(at), by),
            static (flag, _) => flag.CheckWithdrawal(),
            WithdrawSql,
            static (command, flag, change) => command
                .With("$withdrawn_at_ms", change.AtMs)
                .With("$withdrawn_by", change.by.AadObjectId)
                .With("$withdrawn_by_agency", change.by.Agency)
                .With("$withdrawal_reason", change.Reason),
            cancellationToken);
    }

    public Task<HazardFlag?> FindAsync(Guid flagId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            flagId,
            static (connection, flagId) => SqliteHazardFlagReader.ReadOne(connection, null, flagId),
            cancellationToken);

    public Task<IReadOnlyList<HazardFlag>> ActiveForCaseAsync(string caseReference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            (caseReference, NowMs: SqliteTime.ToUnixMs(now)),
            static (connection, query) => (IReadOnlyList<HazardFlag>)Sorted(
                SqliteHazardFlagReader.Read(connection, null, SqliteHazardFlagReader.ActiveForCase, command => command
                    .With("$case_reference", query.caseReference)
                    .With("$now_ms", query.NowMs)),
                HazardFlagOrder.MostSeriousFirst),
            cancellationToken);
    }

    public Task<IReadOnlyList<HazardFlag>> AllForCaseAsync(string caseReference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return database.ReadAsync(
            caseReference,
            static (connection, caseReference) => (IReadOnlyList<HazardFlag>)Sorted(
                SqliteHazardFlagReader.Read(connection, null, SqliteHazardFlagReader.ForCase, command => command
                    .With("$case_reference", caseReference)),
                HazardFlagOrder.OldestFirst),
            cancellationToken);
    }

    /// <summary>
    /// Reads the flag, asks <paramref name="check"/> whether the change is allowed, and if so runs
    /// <paramref name="sql"/> (with <c>$id</c> and what <paramref name="bind"/> adds) and reads the flag
    /// back, all in one immediate transaction on the writer.
    /// </summary>
    private Task<HazardFlagChange> ChangeAsync<TChange>(
        Guid flagId,
        TChange change,
        Func<HazardFlag, TChange, HazardFlagChangeOutcome> check,
        string sql,
        Action<SqliteCommand, HazardFlag, TChange> bind,
        CancellationToken cancellationToken) =>
        database.WriteAsync(
            (flagId, change, check, sql, bind),
            static (writer, state) =>
            {
                using var transaction = writer.Connection.BeginTransaction(deferred: false);
                var flag = SqliteHazardFlagReader.ReadOne(writer.Connection, transaction, state.flagId);
                if (flag is null)
                {
                    return new HazardFlagChange(HazardFlagChangeOutcome.NotFound, null);
                }

                var outcome = state.check(flag, state.change);
                if (outcome != HazardFlagChangeOutcome.Applied)
                {
                    return new HazardFlagChange(outcome, flag);
                }

                using (var command = writer.Connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = state.sql;
                    state.bind(command.With("$id", SqliteHazardFlagReader.IdText(flag.Id)), flag, state.change);
                    command.ExecuteNonQuery();
                }

                var changed = SqliteHazardFlagReader.ReadOne(writer.Connection, transaction, state.flagId)!;
                transaction.Commit();
                return new HazardFlagChange(HazardFlagChangeOutcome.Applied, changed);
            },
            cancellationToken);

    private static List<HazardFlag> Sorted(List<HazardFlag> flags, IComparer<HazardFlag> order)
    {
        flags.Sort(order);
        return flags;
    }
}
