using EngagementBot.Domain.Conversations;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

internal sealed class PostgresProcessedActivityStore(PostgresDatabase database) : IProcessedActivityStore
{
    /// <summary>Purges delete in batches so no statement holds many row locks for long.</summary>
    internal const int PurgeBatchSize = 1_000;

    private const string InsertSql = """
        INSERT INTO processed_activities (conversation_key, activity_id, processed_at_ms)
        VALUES (@conversation_key, @activity_id, @processed_at_ms)
        ON CONFLICT (conversation_key, activity_id) DO NOTHING;
        """;

    // SKIP LOCKED: two instances purging at once share the work instead of waiting on each other.
    private const string PurgeBatchSql = """
        DELETE FROM processed_activities
        WHERE (conversation_key, activity_id) IN (
            SELECT conversation_key, activity_id
            FROM processed_activities
            WHERE processed_at_ms < @cutoff_ms
            LIMIT @batch_size
            FOR UPDATE SKIP LOCKED);
        """;

    public async Task<bool> TryMarkProcessedAsync(string conversationKey, string activityId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection)
            .With("@conversation_key", conversationKey)
            .With("@activity_id", activityId)
            .With("@processed_at_ms", PostgresTime.ToUnixMs(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var cutoffMs = PostgresTime.ToUnixMs(cutoff);
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = 0;
        int removed;
        do
        {
            await using var command = new NpgsqlCommand(PurgeBatchSql, connection)
                .With("@cutoff_ms", cutoffMs)
                .With("@batch_size", PurgeBatchSize);
            removed = await command.ExecuteNonQueryAsync(cancellationToken);
            total += removed;
        }
        while (removed == PurgeBatchSize);

        return total;
    }
}
