using System.Data;
using System.Data.Common;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>
/// Safety alerts in PostgreSQL. A change is one transaction: an UPDATE that is compare-and-set on the
/// version, then the event, only if the UPDATE applied. Of two racing UPDATEs from the same version
/// the second waits for the first's row lock, then finds the version moved on and changes nothing,
/// so exactly one press or timer applies across connections and instances.
/// </summary>
internal sealed class PostgresAlertStore(PostgresDatabase database) : IAlertStore
{
    private const string InsertSql = $"INSERT INTO alerts ({AlertRows.Columns}) VALUES ({AlertRows.Parameters}) ON CONFLICT (id) DO NOTHING;";

    private const string UpdateSql = $"UPDATE alerts SET {AlertRows.ChangeAssignments} WHERE id = @id AND version = @version - 1;";

    private const string InsertEventSql = $"INSERT INTO alert_events ({AlertRows.EventColumns}) VALUES ({AlertRows.EventParameters});";

    // Only for a stored alert.
    private const string InsertCardSql = $"""
        INSERT INTO alert_posted_cards (alert_id, {AlertRows.CardColumns})
        SELECT @id, {AlertRows.CardParameters} WHERE EXISTS (SELECT 1 FROM alerts WHERE id = @id)
        ON CONFLICT (alert_id, channel_id, conversation_id) DO NOTHING;
        """;

    private const string ByIdSql = $"SELECT {AlertRows.Columns} FROM alerts WHERE id = @id;";

    private const string CardsSql = $"""
        SELECT {AlertRows.CardColumns} FROM alert_posted_cards WHERE alert_id = @id
        ORDER BY posted_at_ms, channel_id, conversation_id;
        """;

    // The open predicate and lower(...) are written exactly as in the partial indexes, so they apply.
    private const string OpenForWorkerSql = $"""
        SELECT {AlertRows.Columns} FROM alerts
        WHERE lower(worker_aad_object_id) = lower(@worker) AND state IN ('arming', 'raised')
        ORDER BY created_at_ms DESC, id DESC;
        """;

    private const string OpenForTeamSql = $"""
        SELECT {AlertRows.Columns} FROM alerts
        WHERE lower(team) = lower(@team) AND state IN ('arming', 'raised')
        ORDER BY created_at_ms DESC, id DESC;
        """;

    private const string EventsSql = $"SELECT {AlertRows.EventColumns} FROM alert_events WHERE alert_id = @id ORDER BY at_ms, seq;";

    /// <exception cref="ArgumentException">Not a new alert (version 0, no posted cards), or the event is about another alert.</exception>
    public Task<bool> AddAsync(SafetyAlert alert, AlertEvent recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureNew(alert, recorded);
        return PostgresChangeWriter.WriteThenRecordAsync(
            database, InsertSql, command => command.BindAlert(alert, PostgresIds.Uuid), InsertEventSql, BindEvent(recorded), cancellationToken);
    }

    public async Task<SafetyAlert?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadWithCardsAsync(ByIdSql, "@id", id, cancellationToken)).SingleOrDefault();

    /// <exception cref="ArgumentException">The change is not past version 0, or the event is about another alert.</exception>
    public Task<bool> UpdateAsync(SafetyAlert changed, AlertEvent? recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureChange(changed, recorded);
        return PostgresChangeWriter.WriteThenRecordAsync(
            database, UpdateSql, command => command.BindChange(changed, PostgresIds.Uuid), InsertEventSql, BindEvent(recorded), cancellationToken);
    }

    /// <summary>False, changing nothing, also when no alert has <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The card has no activity id or recipient.</exception>
    public async Task<bool> AddPostedCardAsync(Guid id, PostedCard card, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureCard(card);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertCardSql, connection);
        command.BindCard(id, card, PostgresIds.Uuid);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <exception cref="ArgumentException">The event has no kind.</exception>
    public async Task RecordAsync(AlertEvent recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureEvent(recorded);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertEventSql, connection);
        command.BindEvent(recorded, PostgresIds.Uuid);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<SafetyAlert>> OpenForWorkerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return ReadWithCardsAsync(OpenForWorkerSql, "@worker", aadObjectId.Trim(), cancellationToken);
    }

    public Task<IReadOnlyList<SafetyAlert>> OpenForTeamAsync(string team, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        return ReadWithCardsAsync(OpenForTeamSql, "@team", team.Trim(), cancellationToken);
    }

    public async Task<IReadOnlyList<AlertEvent>> EventsAsync(Guid alertId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresRowReader.ReadAsync(connection, null, EventsSql, "@id", alertId, AlertRows.ReadEvent, cancellationToken);
    }

    /// <summary>The alerts with their posted cards, from one snapshot (repeatable read).</summary>
    private async Task<IReadOnlyList<SafetyAlert>> ReadWithCardsAsync(string sql, string parameter, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var alerts = await PostgresRowReader.ReadAsync(connection, transaction, sql, parameter, value, AlertRows.ReadAlert, cancellationToken);
        var withCards = new List<SafetyAlert>(alerts.Count);
        foreach (var alert in alerts)
        {
            var cards = await PostgresRowReader.ReadAsync(connection, transaction, CardsSql, "@id", alert.Id, AlertRows.ReadCard, cancellationToken);
            withCards.Add(alert with { PostedCards = cards });
        }

        await transaction.CommitAsync(cancellationToken);
        return withCards;
    }

    private static Action<DbCommand>? BindEvent(AlertEvent? recorded) =>
        recorded is null ? null : command => command.BindEvent(recorded, PostgresIds.Uuid);
}
