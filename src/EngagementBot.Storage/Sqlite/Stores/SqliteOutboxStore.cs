using System.Globalization;
using EngagementBot.Domain.Outbox;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Storage.Sqlite.Stores;

internal sealed class SqliteOutboxStore(SqliteDatabase database, ILogger<SqliteOutboxStore> logger) : IOutboxStore
{
    /// <summary>Longer error texts are cut to this many characters.</summary>
    internal const int MaxErrorLength = 4_000;

    private const string Columns =
        "id, kind, payload, created_at_ms, next_attempt_at_ms, attempts, status, last_error, correlation_id";

    private const string InsertSql = """
        INSERT INTO outbox_messages
            (id, kind, payload, correlation_id, status, attempts, last_error, created_at_ms, next_attempt_at_ms)
        VALUES
            ($id, $kind, $payload, $correlation_id, $status, $attempts, $last_error, $created_at_ms, $next_attempt_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    // One statement: SQLite takes the write lock before reading, so the pick and the lease are atomic.
    private const string ClaimSql = $$"""
        UPDATE outbox_messages
        SET lease_owner = $owner, lease_until_ms = $lease_until_ms
        WHERE id IN (
            SELECT id FROM outbox_messages
            WHERE status = 'pending'
              AND next_attempt_at_ms <= $now_ms
              AND (lease_until_ms IS NULL OR lease_until_ms <= $now_ms)
            ORDER BY next_attempt_at_ms, created_at_ms
            LIMIT $max)
        RETURNING {{Columns}};
        """;

    private const string MarkDeliveredSql = """
        UPDATE outbox_messages
        SET status = 'delivered', attempts = attempts + 1, completed_at_ms = $at_ms,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = $id AND status = 'pending';
        """;

    private const string MarkRetrySql = """
        UPDATE outbox_messages
        SET attempts = attempts + 1, last_error = $error, next_attempt_at_ms = $next_attempt_at_ms,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = $id AND status = 'pending';
        """;

    private const string MarkFailedSql = """
        UPDATE outbox_messages
        SET status = 'failed', attempts = attempts + 1, last_error = $error, completed_at_ms = $at_ms,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = $id AND status = 'pending';
        """;

    private const string FindSql = $"SELECT {Columns} FROM outbox_messages WHERE id = $id;";

    private const string CountPendingSql = "SELECT COUNT(*) FROM outbox_messages WHERE status = 'pending';";

    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Kind);
        ArgumentNullException.ThrowIfNull(message.Payload);
        return database.WriteAsync(
            message,
            static (writer, message) => writer.Command(InsertSql)
                .With("$id", IdText(message.Id))
                .With("$kind", message.Kind)
                .With("$payload", message.Payload)
                .With("$correlation_id", message.CorrelationId)
                .With("$status", OutboxStatusNames.ToName(message.Status))
                .With("$attempts", message.Attempts)
                .With("$last_error", Truncate(message.LastError))
                .With("$created_at_ms", SqliteTime.ToUnixMs(message.CreatedAt))
                .With("$next_attempt_at_ms", SqliteTime.ToUnixMs(message.NextAttemptAt))
                .ExecuteNonQuery(),
            cancellationToken);
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string owner, int max, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseFor, TimeSpan.Zero);
        return database.WriteAsync(
            (owner, max, NowMs: SqliteTime.ToUnixMs(now), LeaseUntilMs: SqliteTime.ToUnixMs(now + leaseFor)),
            static (writer, claim) =>
            {
                var command = writer.Command(ClaimSql)
                    .With("$owner", claim.owner)
                    .With("$lease_until_ms", claim.LeaseUntilMs)
                    .With("$now_ms", claim.NowMs)
                    .With("$max", claim.max);
                var claimed = new List<OutboxMessage>();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        claimed.Add(ReadMessage(reader));
                    }
                }

                // RETURNING yields rows in no particular order; hand them out oldest-due first.
                claimed.Sort(static (a, b) =>
                {
                    var byDue = a.NextAttemptAt.CompareTo(b.NextAttemptAt);
                    return byDue != 0 ? byDue : a.CreatedAt.CompareTo(b.CreatedAt);
                });
                return (IReadOnlyList<OutboxMessage>)claimed;
            },
            cancellationToken);
    }

    public async Task MarkDeliveredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = await database.WriteAsync(
            (id, AtMs: SqliteTime.ToUnixMs(at)),
            static (writer, row) => writer.Command(MarkDeliveredSql)
                .With("$id", IdText(row.id))
                .With("$at_ms", row.AtMs)
                .ExecuteNonQuery(),
            cancellationToken);
        ReportIfIgnored(changed, id, "delivered");
    }

    public async Task MarkRetryAsync(Guid id, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var changed = await database.WriteAsync(
            (id, Error: Truncate(error), NextMs: SqliteTime.ToUnixMs(nextAttemptAt)),
            static (writer, row) => writer.Command(MarkRetrySql)
                .With("$id", IdText(row.id))
                .With("$error", row.Error)
                .With("$next_attempt_at_ms", row.NextMs)
                .ExecuteNonQuery(),
            cancellationToken);
        ReportIfIgnored(changed, id, "retry");
    }

    public async Task MarkFailedAsync(Guid id, string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var changed = await database.WriteAsync(
            (id, Error: Truncate(error), AtMs: SqliteTime.ToUnixMs(at)),
            static (writer, row) => writer.Command(MarkFailedSql)
                .With("$id", IdText(row.id))
                .With("$error", row.Error)
                .With("$at_ms", row.AtMs)
                .ExecuteNonQuery(),
            cancellationToken);
        ReportIfIgnored(changed, id, "failed");
    }

    public Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            id,
            static (connection, id) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = FindSql;
                using var reader = command.With("$id", IdText(id)).ExecuteReader();
                return reader.Read() ? ReadMessage(reader) : null;
            },
            cancellationToken);

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            0,
            static (connection, _) =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = CountPendingSql;
                return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            },
            cancellationToken);

    /// <summary>
    /// Outcomes only apply to pending messages: delivered and failed are terminal. Reaching a
    /// message that is no longer pending usually means its lease ran out while it was being sent.
    /// </summary>
    private void ReportIfIgnored(int changed, Guid id, string outcome)
    {
        if (changed == 0)
        {
            logger.LogWarning("Outbox message {OutboxMessageId} was not pending; outcome {Outcome} ignored", id, outcome);
        }
    }

    private static string IdText(Guid id) => id.ToString("D");

    private static string? Truncate(string? error) =>
        error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;

    private static OutboxMessage ReadMessage(SqliteDataReader reader) => new(
        Id: Guid.Parse(reader.GetString(0)),
        Kind: reader.GetString(1),
        Payload: reader.GetString(2),
        CreatedAt: SqliteTime.FromUnixMs(reader.GetInt64(3)),
        NextAttemptAt: SqliteTime.FromUnixMs(reader.GetInt64(4)),
        Attempts: reader.GetInt32(5),
        Status: OutboxStatusNames.Parse(reader.GetString(6)),
        LastError: reader.GetNullableString(7),
        CorrelationId: reader.GetNullableString(8));
}
