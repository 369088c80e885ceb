using EngagementBot.Domain.Outbox;
using EngagementBot.Storage.Mapping;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

internal sealed class PostgresOutboxStore(PostgresDatabase database, ILogger<PostgresOutboxStore> logger) : IOutboxStore
{
    /// <summary>Longer error texts are cut to this many characters.</summary>
    internal const int MaxErrorLength = 4_000;

    private const string Columns =
        "id, kind, payload, created_at_ms, next_attempt_at_ms, attempts, status, last_error, correlation_id";

    private const string InsertSql = """
        INSERT INTO outbox_messages
            (id, kind, payload, correlation_id, status, attempts, last_error, created_at_ms, next_attempt_at_ms)
        VALUES
            (@id, @kind, @payload, @correlation_id, @status, @attempts, @last_error, @created_at_ms, @next_attempt_at_ms)
        ON CONFLICT (id) DO NOTHING;
        """;

    // The pick locks its rows and skips rows another dispatcher is claiming right now, so instances
    // claiming at once get disjoint batches without waiting; the lease then keeps them apart until it ends.
    private const string ClaimSql = $$"""
        WITH picked AS (
            SELECT id FROM outbox_messages
            WHERE status = 'pending'
              AND next_attempt_at_ms <= @now_ms
              AND (lease_until_ms IS NULL OR lease_until_ms <= @now_ms)
            ORDER BY next_attempt_at_ms, created_at_ms
            LIMIT @max
            FOR UPDATE SKIP LOCKED)
        UPDATE outbox_messages AS o
        SET lease_owner = @owner, lease_until_ms = @lease_until_ms
        FROM picked
        WHERE o.id = picked.id
        RETURNING {{PrefixedColumns}};
        """;

    private const string PrefixedColumns =
        "o.id, o.kind, o.payload, o.created_at_ms, o.next_attempt_at_ms, o.attempts, o.status, o.last_error, o.correlation_id";

    private const string MarkDeliveredSql = """
        UPDATE outbox_messages
        SET status = 'delivered', attempts = attempts + 1, completed_at_ms = @at_ms,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @id AND status = 'pending';
        """;

    private const string MarkRetrySql = """
        UPDATE outbox_messages
        SET attempts = attempts + 1, last_error = @error, next_attempt_at_ms = @next_attempt_at_ms,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @id AND status = 'pending';
        """;

    private const string MarkFailedSql = """
        UPDATE outbox_messages
        SET status = 'failed', attempts = attempts + 1, last_error = @error, completed_at_ms = @at_ms,
            lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @id AND status = 'pending';
        """;

    private const string FindSql = $"SELECT {Columns} FROM outbox_messages WHERE id = @id;";

    private const string CountPendingSql = "SELECT COUNT(*) FROM outbox_messages WHERE status = 'pending';";

    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Kind);
        ArgumentNullException.ThrowIfNull(message.Payload);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection)
            .With("@id", message.Id)
            .With("@kind", message.Kind)
            .With("@payload", message.Payload)
            .With("@correlation_id", message.CorrelationId)
            .With("@status", OutboxStatusNames.ToName(message.Status))
            .With("@attempts", message.Attempts)
            .With("@last_error", Truncate(message.LastError))
            .With("@created_at_ms", PostgresTime.ToUnixMs(message.CreatedAt))
            .With("@next_attempt_at_ms", PostgresTime.ToUnixMs(message.NextAttemptAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string owner, int max, DateTimeOffset now, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseFor, TimeSpan.Zero);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(ClaimSql, connection)
            .With("@owner", owner)
            .With("@lease_until_ms", PostgresTime.ToUnixMs(now + leaseFor))
            .With("@now_ms", PostgresTime.ToUnixMs(now))
            .With("@max", max);
        var claimed = new List<OutboxMessage>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
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
        return claimed;
    }

    public async Task MarkDeliveredAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = await ExecuteAsync(MarkDeliveredSql, id, command => command.With("@at_ms", PostgresTime.ToUnixMs(at)), cancellationToken);
        ReportIfIgnored(changed, id, "delivered");
    }

    public async Task MarkRetryAsync(Guid id, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var changed = await ExecuteAsync(
            MarkRetrySql,
            id,
            command => command.With("@error", Truncate(error)).With("@next_attempt_at_ms", PostgresTime.ToUnixMs(nextAttemptAt)),
            cancellationToken);
        ReportIfIgnored(changed, id, "retry");
    }

    public async Task MarkFailedAsync(Guid id, string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var changed = await ExecuteAsync(
            MarkFailedSql,
            id,
            command => command.With("@error", Truncate(error)).With("@at_ms", PostgresTime.ToUnixMs(at)),
            cancellationToken);
        ReportIfIgnored(changed, id, "failed");
    }

    public async Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(FindSql, connection).With("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadMessage(reader) : null;
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(CountPendingSql, connection);
        return checked((int)(long)(await command.ExecuteScalarAsync(cancellationToken))!);
    }

    private async Task<int> ExecuteAsync(string sql, Guid id, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection).With("@id", id);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

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

    private static string? Truncate(string? error) =>
        error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;

    private static OutboxMessage ReadMessage(NpgsqlDataReader reader) => new(
        Id: reader.GetGuid(0),
        Kind: reader.GetString(1),
        Payload: reader.GetString(2),
        CreatedAt: PostgresTime.FromUnixMs(reader.GetInt64(3)),
        NextAttemptAt: PostgresTime.FromUnixMs(reader.GetInt64(4)),
        Attempts: reader.GetInt32(5),
        Status: OutboxStatusNames.Parse(reader.GetString(6)),
        LastError: reader.GetNullableString(7),
        CorrelationId: reader.GetNullableString(8));
}
