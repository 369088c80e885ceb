using System.Data.Common;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>
/// Safety alerts in SQLite. A change is one <c>BEGIN IMMEDIATE</c> transaction on the single writer:
/// an UPDATE that is compare-and-set on the version, then the event, only if the UPDATE applied. The
/// version check is in the SQL, so it holds for any writer of the file, not only this process.
/// </summary>
internal sealed class SqliteAlertStore(SqliteDatabase database) : IAlertStore
{
    private const string InsertSql = $"INSERT INTO alerts ({AlertRows.Columns}) VALUES ({AlertRows.Parameters}) ON CONFLICT (id) DO NOTHING;";

    private const string UpdateSql = $"UPDATE alerts SET {AlertRows.ChangeAssignments} WHERE id = @id AND version = @version - 1;";

    private const string InsertEventSql = $"INSERT INTO alert_events ({AlertRows.EventColumns}) VALUES ({AlertRows.EventParameters});";

    // Only for a stored alert; the WHERE also keeps the parser from reading ON CONFLICT as a join.
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

    // The open predicate is written exactly as in the partial indexes, so SQLite can use them.
    private const string OpenForWorkerSql = $"""
        SELECT {AlertRows.Columns} FROM alerts
        WHERE worker_aad_object_id = @worker AND state IN ('arming', 'raised')
        ORDER BY created_at_ms DESC, id DESC;
        """;

    private const string OpenForTeamSql = $"""
        SELECT {AlertRows.Columns} FROM alerts
        WHERE team = @team AND state IN ('arming', 'raised')
        ORDER BY created_at_ms DESC, id DESC;
        """;

    private const string EventsSql = $"SELECT {AlertRows.EventColumns} FROM alert_events WHERE alert_id = @id ORDER BY at_ms, seq;";

    /// <exception cref="ArgumentException">Not a new alert (version 0, no posted cards), or the event is about another alert.</exception>
    public Task<bool> AddAsync(SafetyAlert alert, AlertEvent recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureNew(alert, recorded);
        return database.WriteAsync(
            (alert, recorded),
            static (writer, state) => WriteThenRecord(writer, writer.Command(InsertSql).BindAlert(state.alert, SqliteIds.Text), state.recorded),
            cancellationToken);
    }

    public async Task<SafetyAlert?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadWithCardsAsync(ByIdSql, "@id", SqliteIds.Text(id), cancellationToken)).SingleOrDefault();

    /// <exception cref="ArgumentException">The change is not past version 0, or the event is about another alert.</exception>
    public Task<bool> UpdateAsync(SafetyAlert changed, AlertEvent? recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureChange(changed, recorded);
        return database.WriteAsync(
            (changed, recorded),
            static (writer, state) => WriteThenRecord(writer, writer.Command(UpdateSql).BindChange(state.changed, SqliteIds.Text), state.recorded),
            cancellationToken);
    }

    /// <summary>False, changing nothing, also when no alert has <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The card has no activity id or recipient.</exception>
    public Task<bool> AddPostedCardAsync(Guid id, PostedCard card, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureCard(card);
        return database.WriteAsync(
            (id, card),
            static (writer, state) => writer.Command(InsertCardSql).BindCard(state.id, state.card, SqliteIds.Text).ExecuteNonQuery() == 1,
            cancellationToken);
    }

    /// <exception cref="ArgumentException">The event has no kind.</exception>
    public Task RecordAsync(AlertEvent recorded, CancellationToken cancellationToken)
    {
        LoneWorkerWriteChecks.EnsureEvent(recorded);
        return database.WriteAsync(
            recorded,
            static (writer, recorded) =>
            {
                // The same cached command also runs inside WriteThenRecord's transactions.
                var command = writer.Command(InsertEventSql);
                command.Transaction = null;
                return command.BindEvent(recorded, SqliteIds.Text).ExecuteNonQuery();
            },
            cancellationToken);
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

    public Task<IReadOnlyList<AlertEvent>> EventsAsync(Guid alertId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            alertId,
            static (connection, alertId) => (IReadOnlyList<AlertEvent>)SqliteRowReader.Read(
                connection, null, EventsSql, "@id", SqliteIds.Text(alertId), AlertRows.ReadEvent),
            cancellationToken);

    private Task<IReadOnlyList<SafetyAlert>> ReadWithCardsAsync(string sql, string parameter, object value, CancellationToken cancellationToken) =>
        database.ReadAsync(
            (sql, parameter, value),
            static (connection, query) =>
            {
                // One read transaction: the alerts and their cards come from the same snapshot.
                using var transaction = connection.BeginTransaction(deferred: true);
                var alerts = SqliteRowReader.Read(connection, transaction, query.sql, query.parameter, query.value, AlertRows.ReadAlert);
                return (IReadOnlyList<SafetyAlert>)[.. alerts.Select(alert => alert with
                {
                    PostedCards = SqliteRowReader.Read(connection, transaction, CardsSql, "@id", SqliteIds.Text(alert.Id), AlertRows.ReadCard),
                })];
            },
            cancellationToken);

    /// <summary>Runs <paramref name="write"/> and, only if it changed one row, appends <paramref name="recorded"/>; one transaction.</summary>
    private static bool WriteThenRecord(SqliteWriteConnection writer, DbCommand write, AlertEvent? recorded)
    {
        using var transaction = writer.Connection.BeginTransaction(deferred: false);
        write.Transaction = transaction;
        if (write.ExecuteNonQuery() != 1)
        {
            return false;
        }

        if (recorded is not null)
        {
            var record = writer.Command(InsertEventSql);
            record.Transaction = transaction;
            record.BindEvent(recorded, SqliteIds.Text);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }
}
